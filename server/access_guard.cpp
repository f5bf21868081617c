#include "server/access_guard.h"

#include <algorithm>
#include <random>

#include <fmt/format.h>

#include "messages/say.h"

namespace rw {

namespace {

// `text` in lower case (ASCII): host names compare without regard to case.
std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// The value of cookie `name` in a Cookie header ("a=1; regelwerk_token=..."), or "".
std::string cookie_value(const std::string& header, const std::string& name) {
  std::size_t at = 0;
  while (at < header.size()) {
    std::size_t end = header.find(';', at);
    if (end == std::string::npos) end = header.size();
    std::string pair = header.substr(at, end - at);
    std::size_t first = pair.find_first_not_of(' ');
    if (first != std::string::npos) pair = pair.substr(first);
    if (pair.compare(0, name.size() + 1, name + "=") == 0) return pair.substr(name.size() + 1);
    at = end + 1;
  }
  return "";
}

}  // namespace

std::string new_token() {
  std::random_device random;
  std::string token;
  for (int i = 0; i < 4; ++i) token += fmt::format("{:08x}", static_cast<std::uint32_t>(random()));
  return token;
}

AccessGuard::AccessGuard(std::string token, std::vector<std::string> hosts) : token_(std::move(token)) {
  for (std::string& host : hosts) hosts_.push_back(lower(std::move(host)));
}

bool AccessGuard::is_own_host(const std::string& host) const {
  return std::find(hosts_.begin(), hosts_.end(), lower(host)) != hosts_.end();
}

bool AccessGuard::matches(const std::string& candidate) const {
  // Compared in time independent of where the first difference is.
  if (candidate.size() != token_.size()) return false;
  unsigned difference = 0;
  for (std::size_t i = 0; i < token_.size(); ++i) difference |= static_cast<unsigned char>(candidate[i] ^ token_[i]);
  return difference == 0;
}

bool AccessGuard::token_in_query(const RequestFacts& request) const { return matches(request.query_token); }

std::optional<Refusal> AccessGuard::check(const RequestFacts& request) const {
  if (!is_own_host(request.host)) {
    return Refusal{421, say("this server does not answer to host '{}': open the URL that `regelwerk serve` printed (it carries the token)",
                            request.host)};
  }
  if (!request.origin.empty() && !is_own_host(request.origin.starts_with("http://") ? request.origin.substr(7) : "")) {
    return Refusal{403, say("requests from another site ({}) are refused", request.origin)};
  }
  if (request.fetch_site == "cross-site") return Refusal{403, say("requests from another site are refused")};
  bool api = request.path.starts_with("/api/");
  if (api && request.method != "GET" && !matches(request.header_token)) {
    return Refusal{403, say("this request needs the X-Regelwerk-Token header: use the workbench page, or send the token it was started with")};
  }
  bool has_token = matches(request.header_token) || matches(cookie_value(request.cookie, token_cookie)) || matches(request.query_token);
  if (!has_token) return Refusal{401, say("no token: open the URL that `regelwerk serve` printed (it carries the token)")};
  return std::nullopt;
}

}  // namespace rw
