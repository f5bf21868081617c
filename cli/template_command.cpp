// `regelwerk template MODEL --out inputs.xlsx`: an empty workbook for the model's declared inputs, to fill
// in and give to --data (the layout of docs/data.md; the columns are explained on its sheet _about).
#include <iostream>

#include "cli/commands.h"
#include "cli/load_model.h"
#include "cli/output.h"
#include "report/input_template.h"
#include "messages/say.h"

namespace rw {

namespace {

struct TemplateOptions {
  std::string file;
  std::string out;
};

int make_template(const TemplateOptions& options) {
  auto loaded = load_model(options.file, false);
  if (!loaded) return exit_user_error;
  if (loaded->model.tables.inputs.empty()) {
    std::cerr << say("regelwerk: error: {} declares no inputs (`input NAME: ...`), so there is nothing to fill in; "
                     "a template needs a model that reads data", options.file)
              << "\n";
    return exit_user_error;
  }
  Output output{options.out, "xlsx", {"xlsx"}, {{options.file, to_translate("the rule file")}}};
  return emit_workbook(render_input_template(loaded->model.tables, *loaded->source), output);
}

}  // namespace

void add_template_command(CLI::App& app, int& exit_code) {
  auto* command = app.add_subcommand("template", say("Write an empty workbook for a model's inputs, to fill in and use with --data"));
  auto options = std::make_shared<TemplateOptions>();
  command->add_option("MODEL", options->file, say("The rule file (*.regels)"))->required();
  command->add_option("--out", options->out, say("The workbook to write (NAME.xlsx), atomically"))->required();
  command->callback([options, &exit_code] { exit_code = make_template(*options); });
}

}  // namespace rw
