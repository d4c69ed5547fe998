using System.ComponentModel.DataAnnotations;

namespace Formulate.Web.Configuration;

/// <summary>How often each running instance looks for versions published through another instance.</summary>
public sealed class PublishedVersionsRefreshOptions
{
    public const string Section = "Formulate:PublishedVersions";

    [Range(1, 86_400)]
    public int RefreshSeconds { get; set; } = 30;
}
