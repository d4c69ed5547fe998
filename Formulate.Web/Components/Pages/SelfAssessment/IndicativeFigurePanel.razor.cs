using Formulate.Engine.Questions;
using Formulate.Web.Letters;
using Formulate.Web.SelfAssessments;
using Microsoft.AspNetCore.Components;

namespace Formulate.Web.Components.Pages.SelfAssessment;

public partial class IndicativeFigurePanel
{
    [Parameter, EditorRequired] public IndicativeFigure Figure { get; set; } = default!;

    [Parameter] public CitizenVoice Voice { get; set; }

    /// <summary>The person's answer to whether they expect to arrange and pay for their own care.</summary>
    [Parameter] public string? ArrangesOwnCare { get; set; }

    private bool SelfFunder => ArrangesOwnCare == Formulate.Web.SelfAssessments.ArrangesOwnCare.Yes;

    private bool NotSure => ArrangesOwnCare == Formulate.Web.SelfAssessments.ArrangesOwnCare.NotSure;

    private bool TheyVoice => Voice == CitizenVoice.They;

    private string Title => SelfFunder
        ? TheyVoice ? "Their independent personal budget" : "Your independent personal budget"
        : TheyVoice ? "What their care might cost" : "What your care might cost";

    // The person, as object and subject, and what is theirs, in the voice chosen at the start.
    private string PersonObject => TheyVoice ? "them" : "you";

    private string PersonSubject => TheyVoice ? "they" : "you";

    private string PersonOwner => TheyVoice ? "their" : "your";

    /// <summary>The letter's own lines for each area of need and each council limit, in the voice chosen at the start.</summary>
    private IReadOnlyList<string> Lines =>
        Figure.Result is { } result
            ? [.. LetterLines.From(result, result.WeeklyEstimate).Select(line => CitizenVoicing.In(line.Text, Voice))]
            : [];
}
