namespace Formulate.Data.Profiles;

/// <param name="Version">After a save, the profile's new version; after a conflict, the version now stored.</param>
/// <param name="Message">What to tell the person when the answer was not saved.</param>
public sealed record SaveAnswerResult(SaveAnswerOutcome Outcome, int Version, string? Message)
{
    public const string ConflictMessage = "This profile was changed by someone else. Reload to see their changes.";

    public bool IsSaved => Outcome == SaveAnswerOutcome.Saved;

    public static SaveAnswerResult Saved(int version) => new(SaveAnswerOutcome.Saved, version, null);

    public static SaveAnswerResult Conflict(int currentVersion) => new(SaveAnswerOutcome.Conflict, currentVersion, ConflictMessage);

    public static SaveAnswerResult NotFound() => new(SaveAnswerOutcome.NotFound, 0, "This profile could not be found.");

    public static SaveAnswerResult NotEditable(int version) =>
        new(SaveAnswerOutcome.NotEditable, version, "This profile has been submitted and can no longer be changed.");
}
