using System.Text.RegularExpressions;

namespace Journey.Api.Returns;

/// <summary>
/// Who the returns are from: the authority's DfE LA number (Journey:Authority:LaCode), three digits (the CIN census
/// header's LEA, as the specification's example has it: 201 is the City of London; Sandwell, the demo's, is 333). An
/// operator sets it; one set in another form stops start-up, naming the setting. Unset, a return that needs it is
/// refused with a problem naming the setting (decision 85).
/// </summary>
public sealed partial record AuthorityOptions(string? LaCode)
{
    public const string LaCodeSetting = "Journey:Authority:LaCode";

    public static AuthorityOptions From(IConfiguration configuration)
    {
        var code = configuration[LaCodeSetting];
        if (string.IsNullOrEmpty(code)) return new AuthorityOptions((string?)null);
        return ThreeDigits().IsMatch(code) ? new AuthorityOptions(code)
            : throw new InvalidOperationException($"{LaCodeSetting} must be the authority's three-digit DfE LA number (for example 333).");
    }

    [GeneratedRegex(@"\A[0-9]{3}\z")]
    private static partial Regex ThreeDigits();
}
