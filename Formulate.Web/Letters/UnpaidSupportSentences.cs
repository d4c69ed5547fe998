namespace Formulate.Web.Letters;

/// <summary>
/// How the help family and friends give was taken into account, read from the answers the estimate was made from:
/// counted in full when it can carry on, only in part when it is at risk, and not at all when it cannot carry on.
/// </summary>
public static class UnpaidSupportSentences
{
    private static readonly (string Outcome, string Activity)[] Activities =
    [
        ("hygiene", "washing"),
        ("toileting", "using the toilet"),
        ("dressing", "getting dressed"),
        ("nutrition", "eating and drinking"),
        ("medication", "medicines"),
        ("home_environment", "jobs around the home"),
        ("home_safety", "staying safe at home"),
        ("relationships", "seeing family and friends"),
        ("community", "getting out and about"),
        ("work", "work or learning"),
        ("child_care", "looking after your child"),
        ("night", "help at night"),
    ];

    public static IReadOnlyList<string> From(IReadOnlyDictionary<string, string> answers, bool includesCarerBreaks)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var counted = new List<string>();
        var atRisk = new List<string>();
        var stopping = new List<string>();
        foreach (var (outcome, activity) in Activities)
        {
            if (!answers.TryGetValue($"{outcome}.unpaid", out var unpaid) || unpaid == "none")
            {
                continue;
            }

            var list = answers.GetValueOrDefault($"{outcome}.unpaid_sustainable") switch
            {
                "yes" => counted,
                "at_risk" => atRisk,
                _ => stopping,
            };
            list.Add(activity);
        }

        var sentences = new List<string>();
        if (counted.Count + atRisk.Count + stopping.Count == 0)
        {
            sentences.Add(HasUnpaidCarer(answers) switch
            {
                // A carer is recorded, though not as helping with any of the things the budget pays for.
                true when answers.GetValueOrDefault("carer.lives_with_person") == "yes" => "You told us someone who lives with you helps you without being paid.",
                true => "You told us someone helps you without being paid.",
                false => "You told us that nobody helps you without being paid.",
            });
            sentences.Add(HasUnpaidCarer(answers)
                ? "We have not taken their help off the budget. So the budget pays for all the help we think you need."
                : "So the budget pays for all the help we think you need.");
        }

        if (counted.Count > 0)
        {
            sentences.Add($"We have counted the help your family and friends give with {Join(counted)}.");
            sentences.Add("The budget pays for the rest.");
        }

        if (atRisk.Count > 0)
        {
            sentences.Add($"The help you get with {Join(atRisk)} may not be able to carry on.");
            sentences.Add("So we have counted only part of it.");
        }

        if (stopping.Count > 0)
        {
            sentences.Add($"You told us the help with {Join(stopping)} cannot carry on.");
            sentences.Add("So we have not counted it, and the budget pays for that help.");
        }

        if (includesCarerBreaks)
        {
            sentences.Add("The budget also pays for breaks for the person who looks after you.");
        }

        return sentences;
    }

    private static bool HasUnpaidCarer(IReadOnlyDictionary<string, string> answers) =>
        answers.GetValueOrDefault("person.has_unpaid_carer") == "yes";

    /// <summary>"washing", "washing and eating", "washing, dressing and eating".</summary>
    public static string Join(IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Count switch
        {
            0 => string.Empty,
            1 => items[0],
            _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
        };
    }
}
