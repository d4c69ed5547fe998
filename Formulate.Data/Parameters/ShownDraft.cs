using System.Globalization;
using Formulate.Data.Entities;

namespace Formulate.Data.Parameters;

/// <summary>
/// The draft of a kind as a page showed it to an officer: one draft at one <see cref="IVersioned.Version"/>, or none.
/// The draft's id is kept with its version because a draft discarded and started again counts its versions from the start.
/// </summary>
public readonly record struct ShownDraft(Guid? Id, int Version)
{
    private const string NoneText = "none";

    public static ShownDraft None => new(null, ParameterVersionStore.NoDraft);

    public static ShownDraft Of(ParameterSetVersion? draft) => draft is null ? None : new ShownDraft(draft.Id, draft.Version);

    /// <summary>Whether <paramref name="draft"/>, the draft there is now, is still the one shown.</summary>
    public bool Matches(ParameterSetVersion? draft) => draft is null ? Id is null : draft.Id == Id && draft.Version == Version;

    /// <summary>"none", or the draft's id and version, as a form carries it in a hidden field.</summary>
    public override string ToString() => Id is { } id ? string.Create(CultureInfo.InvariantCulture, $"{id}.{Version}") : NoneText;

    /// <summary>Reads what <see cref="ToString"/> wrote; false for anything else.</summary>
    public static bool TryParse(string? text, out ShownDraft shown)
    {
        shown = None;
        if (text == NoneText)
        {
            return true;
        }

        if (text is null)
        {
            return false;
        }

        var dot = text.LastIndexOf('.');
        if (dot < 0 || !Guid.TryParse(text.AsSpan(0, dot), out var id)
            || !int.TryParse(text.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return false;
        }

        shown = new ShownDraft(id, version);
        return true;
    }
}
