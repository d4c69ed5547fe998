using System.ComponentModel.DataAnnotations;

namespace Formulate.Web.SelfAssessments;

/// <summary>
/// GOV.UK Notify, which sends self-assessment links and codes by text message. Without an API key and a template, no text
/// is sent: the practitioner is told to give the link themselves, and people are asked for an e-mail address instead.
/// </summary>
public sealed class SmsOptions
{
    public const string Section = "Formulate:Sms";

    [Url]
    public string BaseUrl { get; set; } = "https://api.notifications.service.gov.uk";

    /// <summary>The Notify API key as Notify shows it: the key's name, the service id and the secret, joined by hyphens.</summary>
    public string? ApiKey { get; set; }

    /// <summary>A Notify text message template whose whole content is <c>((body))</c>: Formulate writes each message.</summary>
    public string? TemplateId { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ApiKey) && !string.IsNullOrWhiteSpace(TemplateId);
}
