using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Formulate.Web.Pdf;

/// <summary>Renders a Razor component to a complete HTML string on the server, for printing.</summary>
public sealed class ComponentHtml(IServiceProvider services, ILoggerFactory loggerFactory)
{
    public async Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        await using var renderer = new HtmlRenderer(services, loggerFactory);
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters))).ToHtmlString());
    }
}
