namespace Rampart.Store.Dashboard;

/// <summary>The login form: a token (admin or a team's read token) posted to <c>/dashboard/login</c>.</summary>
internal static class LoginPage
{
    public static string Render(string returnTo, string? error) => Layout.Page("Log in", false, html =>
    {
        html.Append("<h1>Log in to the findings dashboard</h1>");
        if (error is not null)
        {
            html.Append("<p class=\"error\" role=\"alert\" id=\"login-error\">").Append(Html.E(error)).Append("</p>");
        }

        html.Append("<form method=\"post\" action=\"/dashboard/login\">")
            .Append("<label for=\"token\">Token (a team's read token or the admin token)</label>")
            .Append("<input id=\"token\" name=\"token\" type=\"password\" autocomplete=\"current-password\" required maxlength=\"512\"")
            .Append(error is null ? "" : " aria-describedby=\"login-error\"").Append('>')
            .Append("<input type=\"hidden\" name=\"return\" value=\"").Append(Html.E(returnTo)).Append("\">")
            .Append(" <button type=\"submit\">Log in</button></form>")
            .Append("<p class=\"muted\">The token is checked once; the browser then keeps only a session cookie.</p>");
    });
}
