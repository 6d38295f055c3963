// What the pages, their models and the documents hold: the dataset lives as long as the last
// of them, whatever order they go in. Declared apart from the dataset, so that a header can
// hold one without reading the dataset's structure.
#pragma once

#include <memory>

namespace azkz {

struct Dataset;
using SharedDataset = std::shared_ptr<const Dataset>;

} // namespace azkz
