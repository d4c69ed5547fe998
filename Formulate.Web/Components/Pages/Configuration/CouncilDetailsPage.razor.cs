using Formulate.Engine.Parameters;
using Formulate.Web.Components.Govuk;
using Formulate.Web.Components.Staff;
using Formulate.Web.Configuration;
using Microsoft.AspNetCore.Components;

namespace Formulate.Web.Components.Pages.Configuration;

public partial class CouncilDetailsPage
{
    [Inject] private ConfigurationDrafts Drafts { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "saved")] private string? SavedText { get; set; }

    private bool Saved => bool.TryParse(SavedText, out var saved) && saved;
    [SupplyParameterFromForm(FormName = "council")] private string? CouncilName { get; set; }
    [SupplyParameterFromForm(FormName = "council")] private string? Telephone { get; set; }
    [SupplyParameterFromForm(FormName = "council")] private string? Email { get; set; }
    [SupplyParameterFromForm(FormName = "council")] private string? Address { get; set; }
    [SupplyParameterFromForm(FormName = "council")] private string? Website { get; set; }
    [SupplyParameterFromForm(FormName = "council")] private string? Decile { get; set; }
    [SupplyParameterFromForm(FormName = "council")] private string? Region { get; set; }
    [SupplyParameterFromForm(FormName = "council")] private string? Reasons { get; set; }
    [SupplyParameterFromForm(FormName = "council")] private string? ChcInLetters { get; set; }
    [SupplyParameterFromForm(FormName = "council")] private string? FinancialAssessment { get; set; }
    [SupplyParameterFromForm(FormName = "council")] private string? DetailsShown { get; set; }
    [SupplyParameterFromForm(FormName = "council")] private string? PrimaryColour { get; set; }
    [SupplyParameterFromForm(FormName = "council")] private IFormFile? Logo { get; set; }
    /// <summary>A logo chosen on a post that had other problems, carried so that fixing them does not mean choosing it again.</summary>
    [SupplyParameterFromForm(FormName = "council")] private string? LogoUploaded { get; set; }
    [SupplyParameterFromForm(FormName = "council")] private string? RemoveLogo { get; set; }
    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    /// <summary>One box a reason, named by its place in the list shown; the reason it is for travels beside it, hidden.</summary>
    private const string LetterSentence = "LetterSentence";
    private const string LetterSentenceFor = "LetterSentenceFor";

    private DraftEdit _edit = default!;
    private FormErrors _errors = [];
    private List<(string Reason, string? Sentence)> _letterSentences = [];
    private string? _logoShown;

    protected override async Task OnInitializedAsync()
    {
        _edit = await Drafts.CurrentAsync(ParameterSetKind.Configuration);
        if (HttpMethods.IsGet(HttpContext.Request.Method))
        {
            var council = _edit.Set.Council;
            CouncilName = council?.Name;
            Telephone = council?.Telephone;
            Email = council?.Email;
            Address = council?.Address;
            Website = council?.Website;
            Decile = council?.DeprivationDecile?.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Region = council?.RegionType;
            Reasons = string.Join("\n", _edit.Set.DifferenceReasons ?? []);
            ChcInLetters = council?.ShowChcPredictionInLetters == true ? "yes" : "no";
            FinancialAssessment = council?.FinancialAssessment;
            _letterSentences = [.. (_edit.Set.DifferenceReasons ?? []).Select(reason => (reason, council?.LetterReasons?.GetValueOrDefault(reason)))];
            PrimaryColour = council?.PrimaryColour;
        }
        else
        {
            _letterSentences = PostedLetterSentences();
        }

        _logoShown = _edit.Set.Council?.Logo;
    }

    /// <summary>The sentences as typed, each with the reason its box was shown for.</summary>
    private List<(string Reason, string? Sentence)> PostedLetterSentences()
    {
        var form = HttpContext.Request.HasFormContentType ? HttpContext.Request.Form : null;
        var posted = new List<(string, string?)>();
        for (var i = 0; form is not null && form.TryGetValue(LetterSentenceFor + i, out var reason); i++)
        {
            // A box left out of the post keeps the sentence saved for its reason.
            posted.Add((reason.ToString(), form.TryGetValue(LetterSentence + i, out var sentence)
                ? sentence.ToString()
                : _edit.Set.Council?.LetterReasons?.GetValueOrDefault(reason.ToString())));
        }

        return posted;
    }

    private async Task SaveAsync()
    {
        if (DetailsShown is not null && DetailsShown != CouncilDetailsShown.Of(_edit.Set))
        {
            var by = _edit.Stored?.UpdatedBy ?? _edit.Stored?.CreatedBy;
            _errors = [new GovukErrorSummaryItem(
                $"{(by is null ? "The council details were changed" : $"{by} changed the council details")} after you opened this page, so yours were not saved and theirs are kept. " +
                "What you typed is still below. Open this page in a new tab to see their details, then save again if yours should replace them.",
                "#CouncilName")];
            return;
        }

        _errors.Add("CouncilName", string.IsNullOrWhiteSpace(CouncilName) ? "Enter the council's name" : CouncilName.Length > CouncilDetailsRules.MaxNameLength ? $"The name must be {CouncilDetailsRules.MaxNameLength} characters or fewer" : null);
        _errors.Add("Telephone", CouncilDetailsRules.LengthProblem(Telephone?.Trim(), CouncilDetailsRules.MaxTelephoneLength, "telephone number"));
        _errors.Add("Email", CouncilDetailsRules.LengthProblem(Email?.Trim(), CouncilDetailsRules.MaxEmailLength, "email address")
            ?? (!string.IsNullOrWhiteSpace(Email) && !CouncilDetailsRules.IsEmailAddress(Email) ? "Enter an email address in the correct format, like name@example.gov.uk" : null));
        _errors.Add("Address", CouncilDetailsRules.LengthProblem(Address?.Trim(), CouncilDetailsRules.MaxAddressLength, "postal address"));
        _errors.Add("Website", !string.IsNullOrWhiteSpace(Website) && !CouncilDetailsRules.IsWebAddress(Website) ? "Enter the website's full address, starting https://" : null);
        int? decile = null;
        if (!string.IsNullOrWhiteSpace(Decile))
        {
            _errors.Add("Decile", int.TryParse(Decile, out var d) && d is >= 1 and <= 10 ? null : "Deprivation decile must be a whole number from 1 to 10");
            decile = int.TryParse(Decile, out var parsed) ? parsed : null;
        }

        _errors.Add("Region", Region is null || RegionTypes.All.Contains(Region) ? null : "Select the region type", "#Region");
        // A form posted without the choice keeps the council's current one.
        _errors.Add("ChcInLetters", ChcInLetters is null or "yes" or "no" ? null : "Select yes if letters should show the CHC Checklist prediction", "#ChcInLetters");
        var chcInLetters = ChcInLetters is null ? _edit.Set.Council?.ShowChcPredictionInLetters == true : ChcInLetters == "yes";
        var reasons = (Reasons ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        _errors.Add("Reasons", reasons.Count == 0 ? "Enter at least one reason a budget may differ from the estimate"
            : reasons.Any(r => r.Length > CouncilDetailsRules.MaxReasonLength) ? $"Each reason must be {CouncilDetailsRules.MaxReasonLength} characters or fewer"
            : reasons.Count != reasons.Distinct(StringComparer.OrdinalIgnoreCase).Count() ? "Each reason must be different" : null);
        _errors.Add("FinancialAssessment", CouncilDetailsRules.LengthProblem(FinancialAssessment?.Trim(), CouncilDetailsRules.MaxFinancialAssessmentLength, "paragraph about paying towards care"));
        for (var i = 0; i < _letterSentences.Count; i++)
        {
            var (reason, sentence) = _letterSentences[i];
            _errors.Add(LetterSentence + i, CouncilDetailsRules.LengthProblem(sentence?.Trim(), CouncilDetailsRules.MaxLetterReasonLength, $"sentence for \"{reason}\""));
        }

        // A form posted without the colour keeps the council's current one.
        var colour = Posted(nameof(PrimaryColour)) ? Blank(PrimaryColour)?.ToLowerInvariant() : _edit.Set.Council?.PrimaryColour;
        _errors.Add("PrimaryColour", colour is null ? null : StaffTheme.ProblemWith(colour));
        var logo = await ChosenLogoAsync();
        if (_errors.Count > 0)
        {
            return;
        }

        // A sentence goes with its reason: one for a reason taken out of the list goes too.
        var letterReasons = _letterSentences
            .Where(pair => !string.IsNullOrWhiteSpace(pair.Sentence) && reasons.Contains(pair.Reason, StringComparer.Ordinal))
            .GroupBy(pair => pair.Reason, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Last().Sentence!.Trim(), StringComparer.Ordinal);
        var result = await Drafts.EditAsync(ParameterSetKind.Configuration, set => set with
        {
            Council = new CouncilDetails
            {
                Name = CouncilName!.Trim(),
                Telephone = Blank(Telephone),
                Email = Blank(Email),
                Address = Blank(Address),
                Website = Blank(Website),
                DeprivationDecile = decile,
                RegionType = Blank(Region),
                ShowChcPredictionInLetters = chcInLetters ? true : null,
                // A form posted without the paragraph keeps the council's current one.
                FinancialAssessment = Posted(nameof(FinancialAssessment))
                    ? Blank(FinancialAssessment)
                    : _edit.Set.Council?.FinancialAssessment,
                LetterReasons = letterReasons.Count > 0 ? letterReasons : null,
                PrimaryColour = colour,
                Logo = logo,
            },
            DifferenceReasons = reasons,
        }, UserName);
        if (!result.Succeeded)
        {
            _errors = [.. result.Errors.Select(e => new GovukErrorSummaryItem(e.Message))];
            return;
        }

        Navigation.NavigateTo("/configuration/council?saved=true");
    }

    /// <summary>
    /// The logo to save: a newly chosen file, one chosen on an earlier post that had other problems, none when asked to
    /// remove it, or else the one saved. A file that cannot be the logo is an error and keeps the saved one on show.
    /// </summary>
    private async Task<string?> ChosenLogoAsync()
    {
        var saved = _edit.Set.Council?.Logo;
        if (Logo is { Length: > 0 } file)
        {
            if (file.Length > CouncilLogo.MaxBytes)
            {
                _errors.Add("Logo", CouncilLogo.FromImage(new byte[file.Length]).Problem);
                return saved;
            }

            using var stream = new MemoryStream();
            await file.CopyToAsync(stream);
            var (dataUri, problem) = CouncilLogo.FromImage(stream.ToArray());
            _errors.Add("Logo", problem);
            if (dataUri is not null)
            {
                LogoUploaded = dataUri;
                _logoShown = dataUri;
                return dataUri;
            }

            return saved;
        }

        if (Logo is { FileName.Length: > 0 })
        {
            _errors.Add("Logo", CouncilLogo.FromImage([]).Problem);
            return saved;
        }

        if (RemoveLogo == "yes")
        {
            return null;
        }

        if (LogoUploaded is not null && CouncilLogo.Problem(LogoUploaded) is null)
        {
            _logoShown = LogoUploaded;
            return LogoUploaded;
        }

        LogoUploaded = null;
        return saved;
    }

    private bool Posted(string field) => HttpContext.Request.HasFormContentType && HttpContext.Request.Form.ContainsKey(field);

    /// <summary>An http or https address: letters print it for people to visit, so mailto:, file: or javascript: will not do.</summary>
    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();



    private string UserName => HttpContext.User.Identity?.Name ?? "";
}
