var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapGet("/", () => Results.Content(
    "<!DOCTYPE html><html lang=\"en\"><head><title>Formulate</title></head>" +
    "<body><main><h1>Formulate</h1><p>The practitioner screens are being built.</p></main></body></html>",
    "text/html"));

app.Run();
