using Formulate.Engine;
using Formulate.Engine.Defaults;
using Formulate.Engine.Profiles;
using Formulate.Engine.Questions;

namespace Formulate.Tests.Engine;

/// <summary>A question set is a value: what has been looked up in it never changes its equality, nor what a copy answers.</summary>
public sealed class QuestionSetEqualityTests
{
    private static readonly QuestionSet Shipped = DefaultDefinitions.Definition.Questions;

    [Fact]
    public void Equals_TwoSetsFromTheSameDataAfterLookupsInOne_EqualWithEqualHashCodes()
    {
        var looked = FromShippedData();
        var untouched = FromShippedData();

        LookUpEverything(looked);

        looked.ShouldBe(untouched);
        untouched.ShouldBe(looked);
        looked.GetHashCode().ShouldBe(untouched.GetHashCode());
    }

    [Fact]
    public void GetHashCode_AfterAnEstimateReadsTheSet_UnchangedSoTheSetIsStillFoundAsAKey()
    {
        var set = FromShippedData();
        var before = set.GetHashCode();
        var known = new HashSet<QuestionSet> { set };

        LookUpEverything(set);

        set.GetHashCode().ShouldBe(before);
        known.ShouldContain(set);
    }

    [Fact]
    public void Equals_CopyMadeBeforeLookups_StillEqualToTheOriginalAfterThem()
    {
        var set = FromShippedData();
        var copy = set with { };

        LookUpEverything(set);

        copy.ShouldBe(set);
        copy.GetHashCode().ShouldBe(set.GetHashCode());
    }

    [Fact]
    public void With_ChangedQuestions_LooksUpPositionsVisibilityAndUnpaidSupportInTheNewQuestions()
    {
        var original = QuestionSetLoader.Validate(new QuestionSet
        {
            Id = "small",
            Version = "1",
            Title = "Small",
            Sections = [new QuestionSection { Id = "s", Title = "S" }],
            Questions = [YesNo("a"), YesNo("b") with { VisibleWhen = "a == 'yes'" }, YesNo("carer") with { Tags = [QuestionTags.UnpaidCarer] }],
        }).OrThrow("The small question set");
        var (a, b, carer) = (original.Questions[0], original.Questions[1], original.Questions[2]);
        // Every lookup the original offers, run before the copy is made.
        original.PositionOf("b").ShouldBe(1);
        original.UnpaidSupportQuestions.ShouldBe([carer]);
        new VisibleAnswers(original, new Dictionary<string, string> { ["a"] = "yes", ["carer"] = "no" }).IsVisible("b").ShouldBeTrue();

        // Carer first: a moves from 0 to 1 and b from 1 to 2, where b's condition must now look.
        var changed = original with { Questions = [carer, a, b] };

        changed.PositionOf("carer").ShouldBe(0);
        changed.PositionOf("a").ShouldBe(1);
        changed.Find("b").ShouldBeSameAs(b);
        changed.UnpaidSupportQuestions.ShouldBe([carer]);
        // The old compiled condition would read position 0, now the carer question answered "yes".
        new VisibleAnswers(changed, new Dictionary<string, string> { ["carer"] = "yes", ["a"] = "no" }).IsVisible("b").ShouldBeFalse();
        new VisibleAnswers(changed, new Dictionary<string, string> { ["carer"] = "no", ["a"] = "yes" }).IsVisible("b").ShouldBeTrue();

        var withoutCarer = original with { Questions = [a, b] };
        withoutCarer.Find("carer").ShouldBeNull();
        withoutCarer.UnpaidSupportQuestions.ShouldBeEmpty();
        original.PositionOf("carer").ShouldBe(2);
    }

    private static QuestionSet FromShippedData() => new()
    {
        Id = Shipped.Id,
        Version = Shipped.Version,
        Title = Shipped.Title,
        Sections = Shipped.Sections,
        Questions = Shipped.Questions,
    };

    /// <summary>Every lookup, public and the engine's own, that an estimate and its what-ifs and CHC prediction make.</summary>
    private static void LookUpEverything(QuestionSet set)
    {
        set.Find("hygiene.need").ShouldNotBeNull();
        set.PositionOf("person.living_situation").ShouldBeGreaterThanOrEqualTo(0);
        set.UnpaidSupportQuestions.ShouldNotBeEmpty();
        var profile = WorkedCaseDataAttribute.Load("wc02").Profile;
        new FormulateEngine(DefaultDefinitions.Definition with { Questions = set }).EstimateOrFail(profile);
    }

    private static Question YesNo(string id) => new()
    {
        Id = id,
        Section = "s",
        Text = $"Question {id}",
        CitizenText = $"Your question {id}",
        Answers = [new AnswerOption { Code = "yes", Label = "Yes" }, new AnswerOption { Code = "no", Label = "No" }],
    };
}
