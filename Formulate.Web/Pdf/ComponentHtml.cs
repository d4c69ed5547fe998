using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Formulate.Web.Pdf;

/// <summary>Renders a Razor component to a complete HTML string on the server, for printing.</summary>
public sealed class ComponentHtml(IServiceScopeFactory scopes, ILoggerFactory loggerFactory)
{
    public async Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        // A scope of its own: the renderer needs scoped services, and a singleton must not take them from the root.
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggerFactory);
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters))).ToHtmlString());
    }
}
