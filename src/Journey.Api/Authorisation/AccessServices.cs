namespace Journey.Api.Authorisation;

/// <summary>The settings and checks of who may read which child, beside authentication (JourneyAuthentication).</summary>
public static class AccessServices
{
    public static IServiceCollection AddJourneyAccess(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AccessOptions>(configuration.GetSection(AccessOptions.Section));
        return services.AddSubjectRequired();
    }
}
