using Formulate.Engine.Profiles;
using Formulate.Engine.Questions;
using Formulate.Engine.Tracing;

using Formulate.Engine.Rules;

namespace Formulate.Engine.Chc;

/// <summary>Predicts every Checklist domain from its rule table and applies the national threshold.</summary>
public static class ChcPredictor
{
    public static string RuleId => ChcCatalogueEntries.Prediction.Id;

    public static ChcPrediction Predict(QuestionSet questions, IReadOnlyDictionary<string, string> answers) =>
        Predict(questions, new VisibleAnswers(questions, answers), answers);

    internal static ChcPrediction Predict(QuestionSet questions, VisibleAnswers visible, IReadOnlyDictionary<string, string> answers)
    {
        var domains = ChcDomainRules.All.Select(rule => PredictDomain(questions, visible, answers, rule)).ToList();
        var rules = ChcThreshold.RulesMet(domains.Select(domain => (domain.Domain, domain.Level)));
        var near = rules.Count > 0 ? [] : ChcRecommendation.NearThreshold(domains);
        var recommendation = ChcRecommendation.Write(domains, rules, near, questions);
        return new ChcPrediction
        {
            Domains = domains,
            CountA = domains.Count(domain => domain.Level == ChcLevel.A),
            CountB = domains.Count(domain => domain.Level == ChcLevel.B),
            RecommendFullChecklist = rules.Count > 0,
            RulesMet = rules,
            Recommendation = recommendation,
            NearThreshold = near,
            NursingCare = ChcRecommendation.NursingCare(answers),
            Trace = Trace(domains, rules, recommendation, questions),
        };
    }

    private static ChcDomainPrediction PredictDomain(
        QuestionSet questions, VisibleAnswers visible, IReadOnlyDictionary<string, string> answers, ChcDomainRule rule)
    {
        var read = new DomainAnswers(questions, visible, answers);
        var missing = read.AskedButUnanswered(rule.Needs);
        var label = ChcDomainNames.Of(rule.Domain);
        var priority = ChcThreshold.PriorityDomains.Contains(rule.Domain);
        if (missing.Count > 0)
        {
            return new ChcDomainPrediction
            {
                Domain = rule.Domain,
                Label = label,
                Level = ChcLevel.NotApplicable,
                IsPriorityDomain = priority,
                Reason = $"Not predicted: {ChcRecommendation.Quote(questions, missing)} {(missing.Count == 1 ? "was" : "were")} not answered",
                Answers = [.. missing.Select(id => questions.Index.DescribeAnswer(id, null))],
                UnansweredQuestionIds = missing,
            };
        }

        var descriptor = ChcDescriptors.Get(FirstMet(rule, read).DescriptorId);
        return new ChcDomainPrediction
        {
            Domain = rule.Domain,
            Label = label,
            Level = descriptor.Level,
            IsPriorityDomain = priority,
            Reason = descriptor.Text,
            Answers = read.Read,
            Descriptor = descriptor,
            UnansweredQuestionIds = read.AskedButUnanswered(rule.FollowUps),
        };
    }

    private static ChcRule FirstMet(ChcDomainRule rule, DomainAnswers read)
    {
        foreach (var row in rule.Rules)
        {
            if (row.When(read))
            {
                return row;
            }
        }

        throw new InvalidOperationException($"No row of the {rule.Domain} rule table holds; its last row must always hold.");
    }

    private static TraceStep Trace(
        IReadOnlyList<ChcDomainPrediction> domains, IReadOnlyList<ChcThresholdRule> rules, string recommendation, QuestionSet questions) => new()
    {
        RuleId = RuleId,
        Label = ChcCatalogueEntries.Prediction.Label,
        Working = $"{domains.Count(d => d.Level == ChcLevel.A)} at A, {domains.Count(d => d.Level == ChcLevel.B)} at B: " +
                  (rules.Count > 0 ? string.Join("; ", rules.Select(ChcThreshold.Describe)) : "no threshold rule met") + $". {recommendation}",
        Steps =
        [
            .. domains.Select(domain => new TraceStep
            {
                RuleId = domain.Descriptor?.Id ?? $"chc.{domain.Domain.ToString().ToLowerInvariant()}.not-predicted",
                Label = domain.Descriptor is { } descriptor ? ChcCatalogueEntries.StepLabel(descriptor) : $"{domain.Label}: {domain.Reason}",
                Answers = domain.Answers,
                Working = domain.UnansweredQuestionIds.Count == 0 || domain.Level == ChcLevel.NotApplicable
                    ? null
                    : $"Not answered, and could settle or raise the level: {ChcRecommendation.Quote(questions, domain.UnansweredQuestionIds)}",
            }),
        ],
    };
}
