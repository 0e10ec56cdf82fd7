using Journey.Domain.Kpis;

namespace Journey.Domain.Tests.Kpis;

public sealed class KpiReferenceTests
{
    private const string Header = "kpi_id,number,title,frequency,service_area,better,unit,green_from,amber_from,basis";
    private const string Comparators = "kpi_id,comparator,effective_from,value,source\n";
    private const string Population = "effective_from,children,source\n2010-01-01,81000,s\n";

    [Fact]
    public void The_seeded_pack_has_the_sandwell_structure()
    {
        var reference = KpiReference.Default;
        reference.Definitions.Select(d => d.KpiId).ShouldBeUnique();
        reference.Definitions.Select(d => d.Frequency).Distinct().ShouldBe(KpiFrequencies.All, ignoreOrder: true);
        reference.Comparators.ShouldContain(c => c.KpiId == "initial-conference-15wd" && c.Comparator == "england" && c.Value == 76.9m);
        reference.Population.ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("k,PI1,t,weekly,a,higher,percent,80,70,b", "frequency 'weekly'")]
    [InlineData("k,PI1,t,monthly-flow,a,sideways,percent,80,70,b", "better 'sideways'")]
    [InlineData("k,PI1,t,monthly-flow,a,higher,ratio,80,70,b", "unit 'ratio'")]
    [InlineData("k,PI1,t,monthly-flow,a,higher,percent,70,80,b", "green_from must be at or better than amber_from")]
    [InlineData("k,PI1,t,monthly-flow,a,lower,count,20,10,b", "green_from must be at or better than amber_from")]
    public void A_definition_that_breaks_a_rule_is_refused_naming_file_and_line(string line, string problem)
    {
        var error = Should.Throw<FormatException>(() => Load($"{Header}\n{line}\n", Comparators));
        error.Message.ShouldStartWith("kpis.csv line 2:");
        error.Message.ShouldContain(problem);
    }

    [Fact]
    public void A_comparator_for_an_unknown_kpi_is_refused()
    {
        var error = Should.Throw<FormatException>(() => Load($"{Header}\nk,PI1,t,monthly-flow,a,higher,percent,80,70,b\n",
            Comparators + "other,england,2018-01-01,50,s\n"));
        error.Message.ShouldContain("kpi-comparators.csv line 2: kpi_id 'other' is not in kpis.csv");
    }

    private static KpiReference Load(string kpis, string comparators) =>
        KpiReference.Load(name => new StringReader(name switch
        {
            "kpis.csv" => kpis,
            "kpi-comparators.csv" => comparators,
            _ => Population,
        }));
}
