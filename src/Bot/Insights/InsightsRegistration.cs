using CpcCoach.Bot.Turns;

namespace CpcCoach.Bot.Insights;

/// <summary>Educator insights: the "insights" chat command and the /insights dashboard. Needs AddUsage() and AddPractice().</summary>
public static class InsightsRegistration
{
    public static IServiceCollection AddInsights(this IServiceCollection services)
    {
        services.AddOptions<InsightsOptions>().BindConfiguration("Insights").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<EducatorDirectory>();
        services.AddSingleton<InsightsReports>();
        services.AddSingleton<DashboardLinks>();
        services.AddSingleton<DashboardAccess>();
        // After the usage middleware (registered by AddUsage), so the view or refusal it marks is recorded.
        services.AddSingleton<ITurnMiddleware, InsightsMiddleware>();
        return services;
    }

    public static IEndpointRouteBuilder MapInsights(this IEndpointRouteBuilder app)
    {
        app.MapGet("/insights", DashboardEndpoints.PageAsync).ExcludeFromDescription();
        app.MapGet("/insights/export.csv", DashboardEndpoints.CsvAsync).ExcludeFromDescription();
        return app;
    }
}
