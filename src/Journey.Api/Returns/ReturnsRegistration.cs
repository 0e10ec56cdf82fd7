using Journey.Api.Returns.Cin;

namespace Journey.Api.Returns;

/// <summary>The statutory returns and what they share; each return adds its one registration line here.</summary>
public static class ReturnsRegistration
{
    public static IServiceCollection AddStatutoryReturns(this IServiceCollection services, IConfiguration configuration)
    {
        // The authority's LA number; a malformed one stops start-up here (decision 85).
        services.AddSingleton(AuthorityOptions.From(configuration));
        services.AddSingleton<StatutoryReturns>();
        services.AddSingleton<IStatutoryReturn, CinCensusReturn>();
        services.AddSingleton<IStatutoryReturn, Ssda903.Ssda903Return>();
        services.AddSingleton<IStatutoryReturn, AnnexA.AnnexAReturn>();
        return services;
    }
}
