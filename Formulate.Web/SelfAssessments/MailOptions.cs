using System.ComponentModel.DataAnnotations;

namespace Formulate.Web.SelfAssessments;

/// <summary>The SMTP server that sends self-assessment links and codes. Without a host, nothing is sent and the log says so.</summary>
public sealed class MailOptions
{
    public const string Section = "Formulate:Mail";

    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 25;

    public bool EnableSsl { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }

    [EmailAddress]
    public string From { get; set; } = "no-reply@formulate.invalid";
}
