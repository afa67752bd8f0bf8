// Placeholder page until scripts/embed-studio-page.sh generates this file from Page/.
enum EmbeddedPage {
    struct File: Sendable { let path: String; let contentType: String; let body: String }
    static let files: [File] = [
        File(
            path: "/",
            contentType: "text/html; charset=utf-8",
            body: """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>socioeco studio</title>
            <link rel="stylesheet" href="/studio.css"></head>
            <body><main><h1>socioeco studio</h1><p>The page is not built yet.</p></main>
            <script src="/studio.js"></script></body></html>
            """
        ),
        File(path: "/studio.css", contentType: "text/css; charset=utf-8", body: "body { font-family: sans-serif; }\n"),
        File(path: "/studio.js", contentType: "text/javascript; charset=utf-8", body: "\"use strict\";\n"),
    ]
}
