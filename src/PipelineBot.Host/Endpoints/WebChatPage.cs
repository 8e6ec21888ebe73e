using Microsoft.Extensions.FileProviders;
using PipelineBot.Runtime.Hosting.DirectLine;

namespace PipelineBot.Host.Endpoints;

/// <summary>
/// The website's chat: the page at <c>/</c> with Web Chat (files from <c>Site/</c> beside the binaries) and
/// <c>POST /webchat/token</c>, the page's server side, which hands it a Direct Line token for a new conversation
/// and a new visitor id. The page never sees the Direct Line secret, and cannot choose whom it speaks as.
/// </summary>
public static class WebChatPage
{
    /// <summary>Serves the page and its files, and maps the token route.</summary>
    public static WebApplication MapWebChatPage(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var site = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "Site"));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = site });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = site });
        app.MapPost("/webchat/token", (HttpContext http, DirectLineTokens tokens) =>
        {
            // A token is a credential for its conversation: no cache may keep it.
            http.Response.Headers.CacheControl = "no-store";
            return Results.Ok(tokens.Generate());
        });
        return app;
    }
}
