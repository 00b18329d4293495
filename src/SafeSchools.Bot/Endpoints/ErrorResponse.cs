namespace SafeSchools.Bot.Endpoints;

/// <summary>The Bot Framework error body: <c>{ "error": { "code", "message" } }</c>.</summary>
internal sealed record ErrorResponse(ErrorDetail Error)
{
    public static Microsoft.AspNetCore.Http.HttpResults.JsonHttpResult<ErrorResponse> Result(int statusCode, string message) =>
        TypedResults.Json(new ErrorResponse(new ErrorDetail(CodeFor(statusCode), message)), statusCode: statusCode);

    private static string CodeFor(int statusCode) => statusCode switch
    {
        StatusCodes.Status401Unauthorized => "Unauthorized",
        StatusCodes.Status403Forbidden => "Forbidden",
        StatusCodes.Status404NotFound => "NotFound",
        StatusCodes.Status405MethodNotAllowed => "MethodNotAllowed",
        StatusCodes.Status409Conflict => "Conflict",
        StatusCodes.Status413PayloadTooLarge => "PayloadTooLarge",
        StatusCodes.Status429TooManyRequests => "TooManyRequests",
        StatusCodes.Status503ServiceUnavailable => "ServiceUnavailable",
        _ => "BadRequest",
    };
}
