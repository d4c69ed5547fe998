using Formulate.Web.People;

namespace Formulate.Web;

public static class FormulateWebServiceCollectionExtensions
{
    public static IServiceCollection AddFormulateWeb(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddSingleton<PeopleService>();
        services.AddScoped<CurrentUser>();
        return services;
    }
}
