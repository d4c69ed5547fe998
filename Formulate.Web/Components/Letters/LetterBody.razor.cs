using Formulate.Web.Letters;
using Microsoft.AspNetCore.Components;

namespace Formulate.Web.Components.Letters;

public partial class LetterBody
{
    [Parameter, EditorRequired] public Letter Letter { get; set; } = default!;

    /// <summary>1 when the letter is the whole document (printed); 2 when it sits under a page's own heading.</summary>
    [Parameter] public int TopLevel { get; set; } = 1;

    private IEnumerable<string> CouncilAddressLines =>
        (Letter.Council.Address ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
