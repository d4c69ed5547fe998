using Formulate.Load;

// Run by scripts/load.sh, which starts PostgreSQL and Formulate and passes their details.
var options = LoadOptions.Parse(args);
var passed = true;
if (options.Scenario is "all" or "browser")
{
    passed &= await new BrowserLoad(options).RunAsync();
}

if (options.Scenario is "all" or "api")
{
    passed &= await new ApiLoad(options).RunAsync();
}

return passed ? 0 : 1;
