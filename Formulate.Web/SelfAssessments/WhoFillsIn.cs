using Formulate.Data.SelfAssessments;
using Formulate.Web.Components.Govuk;

namespace Formulate.Web.SelfAssessments;

/// <summary>Who is filling in a self-assessment, as chosen on "Before you start" or a new request, checked.</summary>
public sealed record WhoFillsIn(string? Who, string? Relationship, string? HelperName)
{
    public const int NameLength = 200;

    /// <summary>How a helper may know the person, and what the practitioner reads.</summary>
    public static IReadOnlyList<(string Code, string Label)> Relationships { get; } =
    [
        ("partner", "Their husband, wife or partner"),
        ("parent", "Their parent"),
        ("child", "Their son or daughter"),
        ("relative", "Another relative"),
        ("friend", "A friend or neighbour"),
        ("advocate", "Their advocate"),
        ("other", "Someone else"),
    ];

    /// <summary>How a helper knows the person, as staff read it ("their parent"); "helper" for a code no longer offered.</summary>
    public static string RelationshipLabel(string? code) =>
        Relationships.FirstOrDefault(r => r.Code == code).Label?.ToLowerInvariant() ?? "helper";

    public bool ForSomeoneElse => Who == "someone-else";

    /// <summary>Adds the errors in who is filling it in, how the helper knows the person and the helper's name.</summary>
    public void AddErrorsTo(FormErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Add("Who", Who is "me" or "someone-else" ? null : "Select who is filling in this form");
        errors.Add("Relationship", ForSomeoneElse && !Relationships.Any(r => r.Code == Relationship) ? "Select how you know the person" : null);
        errors.Add("HelperName", !ForSomeoneElse ? null : NameError(HelperName, "Enter your full name", "Your name"));
    }

    /// <summary>How the self-assessment starts, once this and <paramref name="contact"/> have no errors.</summary>
    public StartedSelfAssessment Start(ContactCheck contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        return new StartedSelfAssessment(
            ForSomeoneElse ? "they" : "you", ForSomeoneElse ? Relationship : null, ForSomeoneElse ? HelperName!.Trim() : null, contact.Email, contact.Mobile);
    }

    public static string? NameError(string? name, string missing, string what) =>
        string.IsNullOrWhiteSpace(name) ? missing
        : name.Trim().Length > NameLength ? $"{what} must be {NameLength} characters or fewer"
        : null;
}
