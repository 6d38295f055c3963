// The bare Qt program the window is measured against: a main window of four tabs of text, the
// tab named shown, at the program's first size. Shared by the benchmarks.
#pragma once

#include "core/settings/tabs.h"

#include <QLabel>
#include <QMainWindow>
#include <QTabWidget>

#include <memory>

namespace azkz::bench {

inline std::unique_ptr<QMainWindow> bareWindow(Tab shown)
{
    auto window = std::make_unique<QMainWindow>();
    auto *tabs = new QTabWidget(window.get());
    for (Tab tab : AllTabs)
        tabs->addTab(new QLabel(tabName(tab)), tabName(tab));
    tabs->setCurrentIndex(int(shown));
    window->setCentralWidget(tabs);
    window->resize(1100, 760);
    return window;
}

} // namespace azkz::bench
