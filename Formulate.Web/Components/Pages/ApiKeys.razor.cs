using Formulate.Data.Entities;
using Formulate.Web.Api;
using Formulate.Web.Components.Govuk;
using Microsoft.AspNetCore.Components;

namespace Formulate.Web.Components.Pages;

public partial class ApiKeys
{
    [Inject] private ApiKeyStore Keys { get; set; } = default!;
    [Inject] private ILogger<ApiKeys> Logger { get; set; } = default!;

    private const int MaxNameLength = 200;

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "create-key")] private string? Name { get; set; }

    [SupplyParameterFromForm(FormName = "revoke-key")] private Guid? RevokeId { get; set; }

    private IReadOnlyList<ApiKey> _keys = [];
    private string? _nameError;
    private CreatedApiKey? _created;
    private ApiKey? _revoked;
    private ApiKey? _alreadyRevoked;

    protected override async Task OnInitializedAsync()
    {
        // The page can carry a new key, which must not stay in any cache.
        HttpContext.Response.Headers.CacheControl = "no-store";
        _keys = await Keys.ListAsync(HttpContext.RequestAborted);
    }

    private async Task CreateAsync()
    {
        _nameError = string.IsNullOrWhiteSpace(Name) ? "Enter the name of the system that will use the key"
            : Name.Trim().Length > MaxNameLength ? $"Name must be {MaxNameLength} characters or fewer"
            : null;
        if (_nameError is not null)
        {
            return;
        }

        _created = await Keys.CreateAsync(Name!, UserName, HttpContext.RequestAborted);
        WebLog.ApiKeyCreated(Logger, _created.Record.Prefix, _created.Record.Name, UserName);
        Name = null;
        _keys = await Keys.ListAsync(HttpContext.RequestAborted);
    }

    private async Task RevokeAsync()
    {
        if (RevokeId is not { } id)
        {
            return;
        }

        _revoked = await Keys.RevokeAsync(id, UserName, HttpContext.RequestAborted);
        if (_revoked is not null)
        {
            WebLog.ApiKeyRevoked(Logger, _revoked.Prefix, UserName);
        }
        else
        {
            _alreadyRevoked = _keys.FirstOrDefault(key => key.Id == id && key.RevokedAt is not null);
        }

        _keys = await Keys.ListAsync(HttpContext.RequestAborted);
    }

    private IReadOnlyList<GovukErrorSummaryItem> NameErrors => [new GovukErrorSummaryItem(_nameError!, "#Name")];

    private string UserName => HttpContext.User.Identity?.Name ?? "";
}
