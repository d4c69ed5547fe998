namespace Formulate.Tests.Engine;

/// <summary>
/// Profiles that, with the worked cases, reach every catalogue entry: the quality-assurance rules' own trigger profiles,
/// and hand-made profiles for what neither reaches.
/// </summary>
public static class CatalogueProfiles
{
    public static IEnumerable<ProfileBuilder> All =>
        QaRuleTests.Triggers.Select(row => ((Func<ProfileBuilder>)row[1])()).Concat(HandMade);

    private static IEnumerable<ProfileBuilder> HandMade =>
    [
        // Behaviour with a severe risk: the Checklist's behaviour domain at A.
        new ProfileBuilder().Need("hygiene", "some").With("personal_care.morning", "yes")
            .With("behaviour.present", "yes").With("behaviour.risk", "severe").With("home_safety.need", "some"),
    ];
}
