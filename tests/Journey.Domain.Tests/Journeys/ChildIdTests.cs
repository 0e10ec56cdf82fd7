using Journey.Domain.Journeys;

namespace Journey.Domain.Tests.Journeys;

public sealed class ChildIdTests
{
    [Theory]
    [InlineData("C-1001")]
    [InlineData("123456")]
    [InlineData("a")]
    [InlineData("C_1001")]
    [InlineData("9-")]
    public void Accepts_local_authority_child_ids(string childId) =>
        ChildId.Check(childId).ShouldBeNull();

    [Fact]
    public void Accepts_exactly_36_characters() =>
        ChildId.Check(new string('A', 36)).ShouldBeNull();

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("a b")]
    [InlineData("-x")]
    [InlineData("_x")]
    [InlineData("C/1001")]
    [InlineData("C.1001")]
    [InlineData("Ç1001")]
    [InlineData(" C1")]
    public void Rejects_ids_outside_the_format(string childId) =>
        ShouldBeFormatViolation(ChildId.Check(childId));

    [Fact]
    public void Rejects_37_characters() =>
        ShouldBeFormatViolation(ChildId.Check(new string('A', 37)));

    [Fact]
    public void Rejects_null() =>
        ShouldBeFormatViolation(ChildId.Check(null));

    // '$' would also match just before a final '\n': "C1\n" must not become a second child.
    [Theory]
    [InlineData("C1\n")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n")]
    public void Rejects_a_trailing_newline(string childId) =>
        ShouldBeFormatViolation(ChildId.Check(childId));

    private static void ShouldBeFormatViolation(RuleViolation? violation)
    {
        violation.ShouldNotBeNull();
        violation.Field.ShouldBe("childId");
        violation.Rule.ShouldBe("child-id-format");
        violation.Message.ShouldContain("36");
    }
}
