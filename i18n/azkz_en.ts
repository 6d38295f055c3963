<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>azkz::EventsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
</context>
<context>
    <name>azkz::FactsModel</name>
    <message>
        <source>Diplomatic relations established</source>
        <translation>Diplomatic relations established</translation>
    </message>
    <message>
        <source>Diplomatic missions</source>
        <translation>Diplomatic missions</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Trade turnover in %1</source>
        <translation>Trade turnover in %1</translation>
    </message>
    <message>
        <source>Timeline events</source>
        <translation>Timeline events</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Source article, reference %1</source>
        <translation>Source article, reference %1</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fact</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>azkz::MainWindow</name>
    <message>
        <source>The interface translation could not be loaded.</source>
        <translation>The interface translation could not be loaded.</translation>
    </message>
    <message>
        <source>Azerbaijan–Kazakhstan relations</source>
        <translation>Azerbaijan–Kazakhstan relations</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>Diplomatic &amp;missions</source>
        <translation>Diplomatic &amp;missions</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Timeline</translation>
    </message>
    <message>
        <source>T&amp;rade</source>
        <translation>T&amp;rade</translation>
    </message>
    <message>
        <source>What the relations are, key facts and the history</source>
        <translation>What the relations are, key facts and the history</translation>
    </message>
    <message>
        <source>The embassies and the consulate general, their heads, addresses and dates</source>
        <translation>The embassies and the consulate general, their heads, addresses and dates</translation>
    </message>
    <message>
        <source>Every dated event, in order</source>
        <translation>Every dated event, in order</translation>
    </message>
    <message>
        <source>Exports, imports and turnover by year</source>
        <translation>Exports, imports and turnover by year</translation>
    </message>
    <message>
        <source>Source: %1, %2</source>
        <translation>Source: %1, %2</translation>
    </message>
    <message>
        <source>The dataset %1 cannot be opened. Nothing from it is shown until these problems are fixed:</source>
        <translation>The dataset %1 cannot be opened. Nothing from it is shown until these problems are fixed:</translation>
    </message>
    <message>
        <source>Problems in the dataset</source>
        <translation>Problems in the dataset</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the dataset</source>
        <translation>
            <numerusform>%n problem in the dataset</numerusform>
            <numerusform>%n problems in the dataset</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Every fact comes from the article “%1”, %2, licensed under &lt;a href="%3"&gt;%4&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Every fact comes from the article “%1”, %2, licensed under &lt;a href="%3"&gt;%4&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>About %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Version %2, built with Qt %3 (running on Qt %4).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Version %2, built with Qt %3 (running on Qt %4).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>azkz::MissionsModel</name>
    <message>
        <source>Embassy</source>
        <translation>Embassy</translation>
    </message>
    <message>
        <source>Consulate General</source>
        <translation>Consulate General</translation>
    </message>
    <message>
        <source>Consulate</source>
        <translation>Consulate</translation>
    </message>
    <message>
        <source>Not stated in the source article</source>
        <translation>Not stated in the source article</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Sending country</source>
        <translation>Sending country</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Head of mission</source>
        <translation>Head of mission</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Established</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
</context>
<context>
    <name>azkz::MissionsPage</name>
    <message>
        <source>Diplomatic missions</source>
        <translation>Diplomatic missions</translation>
    </message>
    <message>
        <source>Mission details</source>
        <translation>Mission details</translation>
    </message>
    <message>
        <source>Select a mission to see its details.</source>
        <translation>Select a mission to see its details.</translation>
    </message>
</context>
<context>
    <name>azkz::OverviewPage</name>
    <message>
        <source>Key facts</source>
        <translation>Key facts</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Article text</translation>
    </message>
    <message>
        <source>Source: “%1”, %2. Licence: %3.</source>
        <translation>Source: “%1”, %2. Licence: %3.</translation>
    </message>
</context>
<context>
    <name>azkz::TimelinePage</name>
    <message>
        <source>Search titles and texts…</source>
        <translation>Search titles and texts…</translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation>Search the timeline</translation>
    </message>
    <message>
        <source>Timeline events</source>
        <translation>Timeline events</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Event details</translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>%1 of %2 events</translation>
    </message>
    <message>
        <source>No event matches the search.</source>
        <translation>No event matches the search.</translation>
    </message>
    <message>
        <source>Source article (no reference number given)</source>
        <translation>Source article (no reference number given)</translation>
    </message>
    <message>
        <source>Source article, reference %1</source>
        <translation>Source article, reference %1</translation>
    </message>
</context>
<context>
    <name>azkz::TradeModel</name>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>Turnover</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
</context>
<context>
    <name>azkz::TradePage</name>
    <message>
        <source>Trade between %1 and %2, as reported by %1</source>
        <translation>Trade between %1 and %2, as reported by %1</translation>
    </message>
    <message>
        <source>Source: “%1”, %2, references %3. Licence: %4.</source>
        <translation>Source: “%1”, %2, references %3. Licence: %4.</translation>
    </message>
    <message>
        <source>Trade chart</source>
        <translation>Trade chart</translation>
    </message>
    <message>
        <source>Trade by year, %1</source>
        <translation>Trade by year, %1</translation>
    </message>
</context>
</TS>
