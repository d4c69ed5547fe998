using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Formulate.Web.Api;

/// <summary>Tells readers of the OpenAPI document how to send their API key.</summary>
internal sealed class ApiKeyOpenApiTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Info.Title = "Formulate API";
        document.Info.Description = "Estimates of weekly personal budgets from Needs Profiles, for other council systems.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiKeyDefaults.Scheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyDefaults.HeaderName,
            Description = "A key created by a configuration manager on the API keys page, or the provisioned key.",
        };
        document.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyDefaults.Scheme, document)] = [] },
        ];
        return Task.CompletedTask;
    }
}
