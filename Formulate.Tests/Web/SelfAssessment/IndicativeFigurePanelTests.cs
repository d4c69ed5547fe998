using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Formulate.Engine;
using Formulate.Engine.Defaults;
using Formulate.Engine.Estimation;
using Formulate.Engine.Profiles;
using Formulate.Engine.Questions;
using Formulate.Engine.Rules;
using Formulate.Tests.Engine.SelfAssessment;
using Formulate.Tests.Web.Components.Support;
using Formulate.Tests.Web.Letters.Support;
using Formulate.Web.Components.Pages.SelfAssessment;
using Formulate.Web.SelfAssessments;

namespace Formulate.Tests.Web.SelfAssessment;

public sealed partial class IndicativeFigurePanelTests
{
    private static readonly FormulateEngine Engine = new(DefaultDefinitions.Definition);

    public static TheoryData<CitizenVoice, string> VoicesAndAnswers => new()
    {
        { CitizenVoice.You, ArrangesOwnCare.Yes },
        { CitizenVoice.You, ArrangesOwnCare.No },
        { CitizenVoice.You, ArrangesOwnCare.NotSure },
        { CitizenVoice.They, ArrangesOwnCare.Yes },
        { CitizenVoice.They, ArrangesOwnCare.No },
        { CitizenVoice.They, ArrangesOwnCare.NotSure },
    };

    [Theory]
    [MemberData(nameof(VoicesAndAnswers))]
    public async Task Render_EveryVoiceAndAnswerAndKindOfFigure_SuitsAReadingAgeOf9To11WithoutJargon(CitizenVoice voice, string paying)
    {
        var sentences = new List<string>();
        foreach (var figure in Figures())
        {
            var document = new HtmlParser().ParseDocument(await Render.HtmlAsync<IndicativeFigurePanel>(("Figure", figure), ("Voice", voice), ("ArrangesOwnCare", paying)));
            sentences.AddRange(Readability.Sentences(document.Body!));
            Readability.JargonIn(document.Body!.TextContent).ShouldBeEmpty();
        }

        sentences.AddRange([ArrangesOwnCare.Question(voice), ArrangesOwnCare.Hint(voice), .. ArrangesOwnCare.Codes.Select(code => ArrangesOwnCare.Label(code, voice))]);
        Readability.AverageWords(sentences).ShouldBeLessThanOrEqualTo(15, string.Join(Environment.NewLine, sentences));
        // Grade 6 is read at 11 to 12; below it at 9 to 11. Figures and amounts are left out: they are not words.
        FleschKincaid.Grade(sentences.Select(s => Amounts().Replace(s, ""))).ShouldBeLessThanOrEqualTo(6.0, string.Join(Environment.NewLine, sentences));
    }

    [Fact]
    public async Task Render_NoGuideFromTheAnswers_SaysSoAndShowsNoAmount()
    {
        var figure = new IndicativeFigure { Versions = Engine.Definition.Stamp, Problems = [new ValidationProblem { Kind = ValidationProblemKind.MissingParameter, Message = "x" }] };

        var document = new HtmlParser().ParseDocument(await Render.HtmlAsync<IndicativeFigurePanel>(("Figure", figure), ("Voice", CitizenVoice.You)));

        document.GetElementById("indicative-amount").ShouldBeNull();
        document.GetElementById("indicative-none")!.TextContent.ShouldBe("We cannot give you a guide to what your care might cost from these answers. A social care worker will talk to you about it.");
        document.Body!.TextContent.ShouldNotContain("£");
    }

    [Fact]
    public void In_EveryLetterPhraseInTheTheyVoice_SaysNothingToThePersonAsYou()
    {
        var phrases = RuleCatalogue.All.Select(RuleCatalogue.LetterPhraseOf).OfType<string>().Distinct().ToList();

        var spoken = phrases.Select(phrase => CitizenVoicing.In(phrase, CitizenVoice.They)).ToList();

        phrases.ShouldContain("Your share of the support staff who are there for everyone where you live");
        spoken.ShouldContain("Their share of the support staff who are there for everyone where they live");
        spoken.ShouldContain("A second carer to help them move safely");
        spoken.ShouldContain("Help to look after their child");
        spoken.Where(phrase => You().IsMatch(phrase)).ShouldBeEmpty();
        phrases.Select(phrase => CitizenVoicing.In(phrase, CitizenVoice.You)).ShouldBe(phrases);
    }

    /// <summary>
    /// The hand-worked figure, one raised to the council's minimum, one referred to panel, one for no paid help, and one the
    /// answers could not give.
    /// </summary>
    private static IEnumerable<IndicativeFigure> Figures()
    {
        var handWorked = Estimate(HandWorkedSelfAssessment.Answers(Engine.Definition.Questions));
        var minimum = Estimate(FirstAnswers(new() { ["home_environment.need"] = "prompting", ["home_environment.laundry"] = "no", ["home_environment.shopping"] = "no" }));
        minimum.Adjustments.ShouldNotBeEmpty();
        var nothing = Estimate(FirstAnswers([]));
        nothing.AllocationSummary.ShouldAllBe(line => line.Amount == 0m);
        var panel = handWorked with { PanelReferral = new PanelReferral { Cap = 1600m, AboveCap = 10m } };
        return
        [
            .. new[] { handWorked, minimum, panel, nothing }.Select(result => new IndicativeFigure { Versions = result.Versions, Result = result }),
            new IndicativeFigure { Versions = handWorked.Versions },
        ];
    }

    private static EstimateResult Estimate(IReadOnlyDictionary<string, string> answers) =>
        Engine.EstimateFromSelfAssessment(new NeedsProfile { AssessmentDate = new DateOnly(2026, 12, 7), Answers = answers }).Result.ShouldNotBeNull();

    /// <summary>Every question asked answered with its first answer, or no, but for <paramref name="chosen"/>.</summary>
    private static Dictionary<string, string> FirstAnswers(Dictionary<string, string> chosen)
    {
        var questions = Engine.Definition.Questions;
        var answers = new Dictionary<string, string>();
        while (new VisibleAnswers(questions, answers).VisibleQuestions().FirstOrDefault(q => q.SelfAssessment && !answers.ContainsKey(q.Id)) is { } next)
        {
            answers[next.Id] = chosen.GetValueOrDefault(next.Id) ?? next.Id switch
            {
                "person.has_unpaid_carer" or "child_care.has_children" or "behaviour.present" or "health.tasks" or "health.any_needs" => "no",
                _ => next.Answers[0].Code,
            };
        }

        return answers;
    }

    [GeneratedRegex(@"\byou(r)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex You();

    [GeneratedRegex(@"[−+]?£[\d,]+\.\d\d|\b\d+(\.\d+)?\b")]
    private static partial Regex Amounts();
}
