namespace Formulate.Web;

public static class FormulateWebServiceCollectionExtensions
{
    public static IServiceCollection AddFormulateWeb(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddRazorComponents().AddInteractiveServerComponents();
        return services;
    }
}
