// The workbench's guard as data: each request, and whether (and how) it is refused.
#include "server/access_guard.h"

#include <gtest/gtest.h>

namespace rw {
namespace {

const std::string token = "0123456789abcdef0123456789abcdef";
const AccessGuard guard(token, {"127.0.0.1:8470", "localhost:8470"});

// A request from the workbench's own page: right host, own origin, the token in the header.
RequestFacts from_page(std::string method, std::string path) {
  return RequestFacts{std::move(method), std::move(path), "127.0.0.1:8470", "http://127.0.0.1:8470", "same-origin", token, "", ""};
}

struct Case {
  const char* name;
  RequestFacts request;
  int status;  // 0: served
};

std::vector<Case> cases() {
  std::vector<Case> all;
  all.push_back({"the page's POST", from_page("POST", "/api/run"), 0});
  RequestFacts localhost = from_page("POST", "/api/run");
  localhost.host = "LOCALHOST:8470";
  localhost.origin = "http://localhost:8470";
  all.push_back({"localhost, any case", localhost, 0});
  RequestFacts rebinding = from_page("GET", "/api/model");
  rebinding.host = "attacker.example:8470";
  all.push_back({"another Host (DNS rebinding)", rebinding, 421});
  RequestFacts other_port = from_page("GET", "/api/model");
  other_port.host = "127.0.0.1:8471";
  all.push_back({"another port", other_port, 421});
  RequestFacts foreign = from_page("POST", "/api/run");
  foreign.origin = "http://attacker.example";
  all.push_back({"a foreign Origin", foreign, 403});
  RequestFacts null_origin = from_page("POST", "/api/run");
  null_origin.origin = "null";
  all.push_back({"Origin null (a sandboxed frame)", null_origin, 403});
  RequestFacts cross_site = from_page("GET", "/");
  cross_site.origin = "";
  cross_site.fetch_site = "cross-site";
  all.push_back({"Sec-Fetch-Site cross-site", cross_site, 403});
  RequestFacts cookie_post = from_page("POST", "/api/run");
  cookie_post.header_token = "";
  cookie_post.cookie = std::string("a=1; regelwerk_token=") + token;
  all.push_back({"a POST with only the cookie (CSRF)", cookie_post, 403});
  RequestFacts cookie_get = from_page("GET", "/api/model");
  cookie_get.header_token = "";
  cookie_get.cookie = std::string("a=1; regelwerk_token=") + token;
  all.push_back({"a GET with the cookie", cookie_get, 0});
  RequestFacts wrong = from_page("GET", "/");
  wrong.header_token = "";
  wrong.cookie = "regelwerk_token=0123456789abcdef0123456789abcdee";
  all.push_back({"a cookie with a wrong token", wrong, 401});
  RequestFacts prefix = from_page("GET", "/");
  prefix.header_token = token.substr(0, 31);
  all.push_back({"a token's prefix", prefix, 401});
  RequestFacts query = from_page("GET", "/");
  query.header_token = "";
  query.query_token = token;
  all.push_back({"the printed URL", query, 0});
  RequestFacts none = from_page("GET", "/app.js");
  none.header_token = "";
  all.push_back({"an asset without the token", none, 401});
  return all;
}

TEST(AccessGuard, RefusesWhatItMust) {
  for (const Case& c : cases()) {
    auto refusal = guard.check(c.request);
    EXPECT_EQ(refusal ? refusal->status : 0, c.status) << c.name << (refusal ? ": " + refusal->message : "");
  }
}

TEST(AccessGuard, TokensAre128BitsAndDiffer) {
  std::string a = new_token(), b = new_token();
  EXPECT_EQ(a.size(), 32u);
  EXPECT_EQ(a.find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_NE(a, b);
}

}  // namespace
}  // namespace rw
