using System.Security.Cryptography;
using System.Text;

namespace Journey.Api.Hosting;

/// <summary>
/// The keys the repository publishes for development (src/Journey.Api/appsettings.Development.json, which
/// ops/token.sh and the test hosts sign with), refused as a signing key, a previous signing key or the
/// pseudonym key in any environment but Development: anyone with the repository could sign a token for
/// any role with the first, or compute every child's pseudonym with the second. OWASP ASVS 4.0.3 V2.10.4
/// (secrets are not kept in source code repositories). The keys are recognised by their SHA-256, so the
/// values are written nowhere but that settings file, and the refusal names the setting, never the value.
/// Decision 64.
/// </summary>
public static class DevelopmentKeys
{
    /// <summary>SHA-256 (hex) of the UTF-8 of Journey:Auth:SigningKey and Journey:Pseudonyms:Key in appsettings.Development.json.</summary>
    private static readonly IReadOnlySet<string> Published = new HashSet<string>(StringComparer.Ordinal)
    {
        "5e01d02e3fbbb9d81211164be6956c953f42431ce874e124559c7f37453d58b7",
        "9f46019413916d628cb695cf9594dacb229c3e8656f2024924fcd577707323f7",
    };

    public const string SigningKey = "Journey:Auth:SigningKey";
    public const string PreviousSigningKeys = "Journey:Auth:PreviousSigningKeys";
    public const string PseudonymKey = "Journey:Pseudonyms:Key";

    public static bool IsPublished(string key) => Published.Contains(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))));

    /// <summary>Stops start-up (the service and every command alike) outside Development when a key setting holds a published key.</summary>
    public static void RefuseOutsideDevelopment(IConfiguration configuration, IHostEnvironment environment)
    {
        if (environment.IsDevelopment()) return;
        var settings = configuration.GetSection(PreviousSigningKeys).GetChildren().Select(previous => previous.Path).Prepend(PseudonymKey).Prepend(SigningKey);
        foreach (var setting in settings)
        {
            if (configuration[setting] is { } key && IsPublished(key))
                throw new InvalidOperationException(
                    $"{setting} is a development key published in the repository (appsettings.Development.json) and is refused in the " +
                    $"{environment.EnvironmentName} environment: configure a key of this deployment's own (docs/operations.md, \"Key rotation\").");
        }
    }
}
