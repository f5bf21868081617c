#pragma once
// Who may use the workbench: whoever has the token printed at start-up, from a page this server served.
// Every request passes here before anything else: the Host header must name this server (no DNS
// rebinding), an Origin must be this server's own (no cross-site requests), and the token must come
// with it: in the X-Regelwerk-Token header for the API (a header no other site's page can set, which
// makes POSTs safe from CSRF), or as the cookie set by opening the printed URL for pages and reads.
#include <optional>
#include <string>
#include <vector>

namespace rw {

// What the guard reads off one request.
struct RequestFacts {
  std::string method;        // GET, POST, ...
  std::string path;          // without the query
  std::string host;          // the Host header
  std::string origin;        // the Origin header; "" when absent
  std::string fetch_site;    // the Sec-Fetch-Site header; "" when absent
  std::string header_token;  // the X-Regelwerk-Token header
  std::string cookie;        // the Cookie header
  std::string query_token;   // ?token=
};

// Why a request is not served: the status and a message for the person who sent it.
struct Refusal {
  int status = 403;
  std::string message;
};

// The name of the cookie that carries the token.
inline constexpr const char* token_cookie = "regelwerk_token";

// A fresh token: 128 bits from the system's random source, as 32 hex digits.
std::string new_token();

class AccessGuard {
 public:
  // `hosts`: every Host header value this server answers to ("127.0.0.1:8470", "localhost:8470").
  AccessGuard(std::string token, std::vector<std::string> hosts);

  // Nullopt when the request may be served; else why not.
  std::optional<Refusal> check(const RequestFacts& request) const;
  // True when the request carries the token in its query: the page then sets the cookie.
  bool token_in_query(const RequestFacts& request) const;
  const std::string& token() const { return token_; }

 private:
  bool is_own_host(const std::string& host) const;
  bool matches(const std::string& candidate) const;

  std::string token_;
  std::vector<std::string> hosts_;
};

}  // namespace rw
