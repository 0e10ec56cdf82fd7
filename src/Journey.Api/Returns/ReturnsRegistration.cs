namespace Journey.Api.Returns;

/// <summary>The statutory returns and what they share; each return adds its one registration line here.</summary>
public static class ReturnsRegistration
{
    public static IServiceCollection AddStatutoryReturns(this IServiceCollection services)
    {
        services.AddSingleton<StatutoryReturns>();
        services.AddSingleton<IStatutoryReturn, AnnexA.AnnexAReturn>();
        return services;
    }
}
