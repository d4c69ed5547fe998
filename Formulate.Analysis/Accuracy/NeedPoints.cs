using Formulate.Engine.Profiles;
using Formulate.Engine.Questions;

namespace Formulate.Analysis.Accuracy;

/// <summary>
/// The "£ per point" way of scoring need: one point per level of need in each area (none 0, prompting 1 … help with
/// everything 4; likewise night-time, medicines and transfers), summed. Used for the baseline and the need bands.
/// </summary>
public static class NeedPoints
{
    private static readonly string[] ExtraAreas = ["night.need", "medication.support", "mobility.transfers"];

    public static int Score(QuestionSet questions, NeedsProfile profile)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(profile);
        var points = 0;
        foreach (var (questionId, code) in profile.Answers)
        {
            if (!questionId.EndsWith(".need", StringComparison.Ordinal) && !ExtraAreas.Contains(questionId, StringComparer.Ordinal))
            {
                continue;
            }

            var position = questions.PositionOf(questionId);
            if (position < 0)
            {
                continue;
            }

            var answers = questions.Questions[position].Answers;
            for (var level = 0; level < answers.Count; level++)
            {
                if (answers[level].Code == code)
                {
                    points += level;
                    break;
                }
            }
        }

        return points;
    }

    /// <summary>The need band a score falls in: low (under 10 points), moderate (10 to 19), high (20 to 29), very high (30 or more).</summary>
    public static string Band(int points) => points switch
    {
        < 10 => "low",
        < 20 => "moderate",
        < 30 => "high",
        _ => "very_high",
    };

    public static string BandLabel(string band) => band switch
    {
        "low" => "Low need (under 10 points)",
        "moderate" => "Moderate need (10 to 19 points)",
        "high" => "High need (20 to 29 points)",
        _ => "Very high need (30 points or more)",
    };
}
