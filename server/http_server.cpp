#include "server/http_server.h"

#include <csignal>
#include <memory>
#include <thread>

#include <fmt/format.h>
#include <httplib.h>

#include "runtime/eval/time_limit.h"
#include "messages/say.h"
#include "server/access_guard.h"
#include "server/assets.h"

namespace rw {

namespace {

// The facts the guard checks, read off an httplib request.
RequestFacts facts_of(const httplib::Request& request) {
  return RequestFacts{request.method,
                      request.path,
                      request.get_header_value("Host"),
                      request.get_header_value("Origin"),
                      request.get_header_value("Sec-Fetch-Site"),
                      request.get_header_value("X-Regelwerk-Token"),
                      request.get_header_value("Cookie"),
                      request.get_param_value("token")};
}

// Headers on every answer: nothing is cached, sniffed, framed or loaded from elsewhere.
void add_safety_headers(httplib::Response& response) {
  response.set_header("Cache-Control", "no-store");
  response.set_header("X-Content-Type-Options", "nosniff");
  response.set_header("Referrer-Policy", "no-referrer");
  response.set_header("Content-Security-Policy",
                      "default-src 'self'; img-src 'self' data: blob:; frame-ancestors 'none'; form-action 'none'; base-uri 'none'");
}

// Gives `bytes` as the answer's body, as they are: httplib would compress a body set with set_content
// (brotli at its slowest setting when the browser accepts it: seconds for a settlement, and nothing
// gained over loopback), but never one with a known length that a content provider gives.
void set_body(httplib::Response& response, std::string body, const std::string& content_type) {
  auto bytes = std::make_shared<const std::string>(std::move(body));
  response.set_content_provider(bytes->size(), content_type, [bytes](std::size_t offset, std::size_t length, httplib::DataSink& sink) {
    return sink.write(bytes->data() + offset, length);
  });
}

void send(httplib::Response& response, const Answer& answer) {
  response.status = answer.status;
  if (!answer.file_name.empty()) response.set_header("Content-Disposition", fmt::format("attachment; filename=\"{}\"", answer.file_name));
  set_body(response, answer.body, answer.content_type);
}

// Whether a request to `path` may carry an upload's size (a data file, a draft of the rules) rather than a what-if's.
bool takes_upload(const std::string& path) { return path == "/api/data" || path == "/api/draft" || path == "/api/hover" || path == "/api/check"; }

// The refusal of a request whose body is larger than its path takes, if it is; before the body is read when it says its length.
std::optional<Answer> too_large(const httplib::Request& request, std::size_t body_size) {
  std::size_t limit = takes_upload(request.path) ? max_upload_bytes : max_request_bytes;
  if (body_size <= limit) return std::nullopt;
  return refused(413, say("the request has {} bytes; {} takes at most {} KiB", body_size, request.path, limit / 1024));
}

// The refusal of a POST sent as an HTML form would send it (the API takes JSON, and files as they are), if it is one.
std::optional<Answer> form_refusal(const httplib::Request& request) {
  if (request.method != "POST") return std::nullopt;
  std::string type = request.get_header_value("Content-Type");
  if (type.rfind("application/x-www-form-urlencoded", 0) != 0 && type.rfind("multipart/form-data", 0) != 0) return std::nullopt;
  return refused(415, request.path == "/api/data"
                          ? say("{} takes the file's bytes (application/octet-stream), not a form: send it with that Content-Type", request.path)
                          : say("{} takes JSON (application/json), not a form: send it with that Content-Type", request.path));
}

// Answers a POST with `answer` given its body, unless the body is too large; its evaluations have
// request_time_limit to finish.
template <typename Answering>
httplib::Server::Handler post(Answering answer) {
  return [answer](const httplib::Request& request, httplib::Response& response) {
    if (auto refusal = too_large(request, request.body.size())) return send(response, *refusal);
    TimeLimit limit(request_time_limit, say("the longest one request of the workbench may take; run it with the command line, "
                                            "which has no limit, or make the rules do less work"));
    send(response, answer(request));
  };
}

// The page, with the token for the API's header written into it (it is only served to holders of the token).
std::string page_with_token(const std::string& token) {
  const Asset* page = find_asset("/index.html");
  std::string html(page->bytes);
  const std::string placeholder = "{{TOKEN}}";
  html.replace(html.find(placeholder), placeholder.size(), token);
  return html;
}

#ifdef _WIN32

httplib::Server* server_to_stop = nullptr;  // the one listening server, for the console handler

// Stops the server on Ctrl+C, Ctrl+Break or the console window closing (the handler runs in a thread of its own).
BOOL WINAPI stop_on_console_event(DWORD) {
  if (server_to_stop) server_to_stop->stop();
  return TRUE;
}

// Listens until Ctrl+C (or the console closing) stops the server.
void listen_until_stopped(httplib::Server& server, const std::function<void()>& announce) {
  server_to_stop = &server;
  SetConsoleCtrlHandler(stop_on_console_event, TRUE);
  announce();
  server.listen_after_bind();
  SetConsoleCtrlHandler(stop_on_console_event, FALSE);
  server_to_stop = nullptr;
}

#else

// Listens until the process gets SIGINT or SIGTERM: both blocked in every thread, awaited by one that stops the server.
void listen_until_stopped(httplib::Server& server, const std::function<void()>& announce) {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);  // before any thread starts: each inherits the mask
  std::thread stopper([&server, signals] {
    int received = 0;
    sigwait(&signals, &received);
    server.stop();
  });
  announce();
  server.listen_after_bind();
  pthread_kill(stopper.native_handle(), SIGTERM);  // when listening ended otherwise than by a signal (still blocked: no effect)
  stopper.join();
}

#endif

}  // namespace

bool serve(const Workbench& workbench, const ServeOptions& options, const std::function<void(const std::string&)>& announce,
           std::string& problem) {
  httplib::Server server;
  server.set_payload_max_length(max_upload_bytes);  // the largest any path takes; each path's own limit is checked below
  server.set_read_timeout(io_timeout_seconds, 0);
  server.set_write_timeout(io_timeout_seconds, 0);
  int port = options.port == 0 ? server.bind_to_any_port(options.host) : (server.bind_to_port(options.host, options.port) ? options.port : -1);
  if (port < 0) {
    problem = say("cannot listen on {}:{} (is another server using the port? choose one with --port N, or --port 0 for any free port)",
                  options.host, options.port);
    return false;
  }
  std::vector<std::string> hosts{fmt::format("{}:{}", options.host, port)};
  if (options.host == "127.0.0.1") hosts.push_back(fmt::format("localhost:{}", port));
  AccessGuard guard(new_token(), hosts);

  server.set_pre_routing_handler([&guard](const httplib::Request& request, httplib::Response& response) {
    add_safety_headers(response);
    std::optional<Answer> refusal;
    if (auto guarded = guard.check(facts_of(request))) refusal = refused(guarded->status, guarded->message);
    if (!refusal) refusal = form_refusal(request);
    if (!refusal) refusal = too_large(request, request.get_header_value<std::uint64_t>("Content-Length"));
    if (!refusal) return httplib::Server::HandlerResponse::Unhandled;
    send(response, *refusal);
    return httplib::Server::HandlerResponse::Handled;
  });
  server.Get("/", [&guard](const httplib::Request& request, httplib::Response& response) {
    if (guard.token_in_query(facts_of(request))) {  // the printed URL: keep the token as a cookie, then drop it from the address
      response.set_header("Set-Cookie", fmt::format("{}={}; HttpOnly; SameSite=Strict; Path=/", token_cookie, guard.token()));
      response.set_redirect("/", 303);
      return;
    }
    set_body(response, page_with_token(guard.token()), "text/html; charset=utf-8");
  });
  server.Get("/api/model", [&](const httplib::Request&, httplib::Response& response) { send(response, answer_model(workbench)); });
  server.Post("/api/run", post([&](const httplib::Request& request) { return answer_run(workbench, request.body); }));
  server.Post("/api/compare", post([&](const httplib::Request& request) { return answer_compare(workbench, request.body); }));
  server.Post("/api/explain", post([&](const httplib::Request& request) { return answer_explain(workbench, request.body); }));
  server.Post("/api/download", post([&](const httplib::Request& request) { return answer_download(workbench, request.body); }));
  server.Get("/api/data", [&](const httplib::Request&, httplib::Response& response) { send(response, answer_data(workbench)); });
  server.Post("/api/data", post([&](const httplib::Request& request) {
    return answer_upload(workbench, request.get_header_value("X-File-Name"), request.body, request.get_header_value("X-Download"));
  }));
  server.Get("/api/rules", [&](const httplib::Request&, httplib::Response& response) { send(response, answer_rules(workbench)); });
  server.Post("/api/draft", post([&](const httplib::Request& request) { return answer_draft(workbench, request.body); }));
  server.Post("/api/check", post([&](const httplib::Request& request) { return answer_check(workbench, request.body); }));
  server.Post("/api/hover", post([&](const httplib::Request& request) { return answer_hover(workbench, request.body); }));
  server.Get(R"(/[a-z0-9_./-]*)", [](const httplib::Request& request, httplib::Response& response) {
    const Asset* asset = request.path == "/index.html" ? nullptr : find_asset(request.path);
    if (!asset) {
      send(response, refused(404, say("there is nothing at {}", request.path)));
      return;
    }
    set_body(response, std::string(asset->bytes), std::string(asset->content_type));
  });
  server.set_exception_handler([](const httplib::Request&, httplib::Response& response, std::exception_ptr) {
    send(response, refused(500, "internal error: the workbench could not answer this request"));
  });

  listen_until_stopped(server, [&] { announce(fmt::format("http://{}:{}/?token={}", options.host, port, guard.token())); });
  return true;
}

}  // namespace rw
