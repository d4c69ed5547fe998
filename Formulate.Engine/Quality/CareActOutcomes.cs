namespace Formulate.Engine.Quality;

/// <summary>The ten outcomes of the Care and Support (Eligibility Criteria) Regulations 2015, by question prefix.</summary>
public static class CareActOutcomes
{
    public static IReadOnlyList<(string Id, string Name)> All { get; } =
    [
        ("nutrition", "managing and maintaining nutrition"),
        ("hygiene", "maintaining personal hygiene"),
        ("toileting", "managing toilet needs"),
        ("dressing", "being appropriately clothed"),
        ("home_safety", "being able to make use of the home safely"),
        ("home_environment", "maintaining a habitable home environment"),
        ("relationships", "developing and maintaining family or other personal relationships"),
        ("work", "accessing and engaging in work, training, education or volunteering"),
        ("community", "making use of necessary facilities or services in the local community"),
        ("child_care", "carrying out any caring responsibilities for a child"),
    ];
}
