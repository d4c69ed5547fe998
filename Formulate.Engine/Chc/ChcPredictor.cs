using Formulate.Engine.Questions;

namespace Formulate.Engine.Chc;

/// <summary>Predicts every Checklist domain and applies the national threshold.</summary>
public static class ChcPredictor
{
    private static readonly (ChcDomain Domain, string Label)[] Domains =
    [
        (ChcDomain.Breathing, "Breathing"),
        (ChcDomain.Nutrition, "Nutrition"),
        (ChcDomain.Continence, "Continence"),
        (ChcDomain.SkinIntegrity, "Skin integrity"),
        (ChcDomain.Mobility, "Mobility"),
        (ChcDomain.Communication, "Communication"),
        (ChcDomain.PsychologicalAndEmotional, "Psychological and emotional needs"),
        (ChcDomain.Cognition, "Cognition"),
        (ChcDomain.Behaviour, "Behaviour"),
        (ChcDomain.DrugTherapies, "Drug therapies and medication: symptom control"),
        (ChcDomain.AlteredStatesOfConsciousness, "Altered states of consciousness"),
    ];

    public static ChcPrediction Predict(QuestionSet questions, IReadOnlyDictionary<string, string> answers)
    {
        var index = questions.Index;
        var domains = Domains.Select(entry =>
        {
            var read = new DomainAnswers(index, answers);
            var (level, reason) = ChcDomainRules.Predict(entry.Domain, read);
            return new ChcDomainPrediction
            {
                Domain = entry.Domain,
                Label = entry.Label,
                Level = level,
                IsPriorityDomain = ChcThreshold.PriorityDomains.Contains(entry.Domain),
                Reason = reason,
                Answers = read.Read,
            };
        }).ToList();

        var rules = ChcThreshold.RulesMet(domains.Select(domain => (domain.Domain, domain.Level)));
        return new ChcPrediction
        {
            Domains = domains,
            CountA = domains.Count(domain => domain.Level == ChcLevel.A),
            CountB = domains.Count(domain => domain.Level == ChcLevel.B),
            RecommendFullChecklist = rules.Count > 0,
            RulesMet = rules,
            Recommendation = rules.Count > 0
                ? $"Complete the NHS Continuing Healthcare Checklist: the predicted levels show {ChcThreshold.Describe(rules[0])}. " +
                  "If the completed Checklist is positive, refer for a full assessment of eligibility."
                : "The predicted levels do not reach the Checklist threshold. Complete the Checklist anyway if you think the person may be eligible.",
        };
    }
}
