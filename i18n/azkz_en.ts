<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>azkz::AboutBox</name>
    <message>
        <source>&lt;p&gt;Every fact comes from the article “%1”, %2, licensed under &lt;a href=&quot;%3&quot;&gt;%4&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Every fact comes from the article “%1”, %2, licensed under &lt;a href=&quot;%3&quot;&gt;%4&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Map: &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt; 4.1.0 (public domain), through the world-atlas package 2.0.2 (ISC licence).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Map: &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt; 4.1.0 (public domain), through the world-atlas package 2.0.2 (ISC licence).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>About %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Version %2, built with Qt %3 (running on Qt %4).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Version %2, built with Qt %3 (running on Qt %4).&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;The facts come from the article “%1”, %2, licensed under &lt;a href=&quot;%3&quot;&gt;%4&lt;/a&gt;, and from %n other source(s), each named beside the facts it gives.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;The facts come from the article “%1”, %2, licensed under &lt;a href=&quot;%3&quot;&gt;%4&lt;/a&gt;, and from %n other source, each named beside the facts it gives.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;The facts come from the article “%1”, %2, licensed under &lt;a href=&quot;%3&quot;&gt;%4&lt;/a&gt;, and from %n other sources, each named beside the facts it gives.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>The other sources: %1.</source>
        <translation>The other sources: %1.</translation>
    </message>
    <message>
        <source>Credited as their licences ask:</source>
        <translation>Credited as their licences ask:</translation>
    </message>
</context>
<context>
    <name>azkz::AtomicFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>the content could not be produced</source>
        <translation>the content could not be produced</translation>
    </message>
    <message>
        <source>Cannot write: no file name was given</source>
        <translation>Cannot write: no file name was given</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>it is not a regular file</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>the folder %1 does not exist</translation>
    </message>
    <message>
        <source>standard output is closed</source>
        <translation>standard output is closed</translation>
    </message>
</context>
<context>
    <name>azkz::Citation</name>
    <message>
        <source>references %1</source>
        <translation>references %1</translation>
    </message>
    <message>
        <source>%1 Sources disagree (%2): %3</source>
        <translation>%1 Sources disagree (%2): %3</translation>
    </message>
    <message>
        <source>Sources disagree: %1</source>
        <translation>Sources disagree: %1</translation>
    </message>
    <message>
        <source>the article (no reference number given)</source>
        <translation>the article (no reference number given)</translation>
    </message>
    <message>
        <source>the article, reference %1</source>
        <translation>the article, reference %1</translation>
    </message>
    <message>
        <source>the article, references %1</source>
        <translation>the article, references %1</translation>
    </message>
</context>
<context>
    <name>azkz::CitationCopy</name>
    <message>
        <source>no reference number given</source>
        <translation>no reference number given</translation>
    </message>
    <message>
        <source>reference %1</source>
        <translation>reference %1</translation>
    </message>
    <message>
        <source>references %1</source>
        <translation>references %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Language: %1</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licence: %1</translation>
    </message>
    <message>
        <source>Licence: %1 (%2)</source>
        <translation>Licence: %1 (%2)</translation>
    </message>
    <message>
        <source>Sources: none given in the dataset.</source>
        <translation>Sources: none given in the dataset.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources:</translation>
    </message>
    <message>
        <source>Cited for: %1</source>
        <translation>Cited for: %1</translation>
    </message>
</context>
<context>
    <name>azkz::CitationCopyAction</name>
    <message>
        <source>Copy with &amp;citation</source>
        <translation>Copy with &amp;citation</translation>
    </message>
    <message>
        <source>Copy the selected item with its sources written out in full, as text, BibTeX and CSL-JSON</source>
        <translation>Copy the selected item with its sources written out in full, as text, BibTeX and CSL-JSON</translation>
    </message>
</context>
<context>
    <name>azkz::CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Show this help and exit.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Show the version and exit.</translation>
    </message>
    <message>
        <source>Interface and content language: az or en.</source>
        <translation>Interface and content language: az or en.</translation>
    </message>
    <message>
        <source>Open this tab: overview, missions, timeline or trade.</source>
        <translation>Open this tab: overview, missions, timeline or trade.</translation>
    </message>
    <message>
        <source>Open this dataset file instead of the built-in one.</source>
        <translation>Open this dataset file instead of the built-in one.</translation>
    </message>
    <message>
        <source>Check a dataset file, print its problems, exit 0 if valid, 1 if not.</source>
        <translation>Check a dataset file, print its problems, exit 0 if valid, 1 if not.</translation>
    </message>
    <message>
        <source>Write the trade chart to FILE (.png, .svg or .pdf) and exit.</source>
        <translation>Write the trade chart to FILE (.png, .svg or .pdf) and exit.</translation>
    </message>
    <message>
        <source>Write the trade table to FILE as CSV and exit.</source>
        <translation>Write the trade table to FILE as CSV and exit.</translation>
    </message>
    <message>
        <source>Write the briefing PDF of the whole dataset to FILE and exit.</source>
        <translation>Write the briefing PDF of the whole dataset to FILE and exit.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>--lang takes az or en, not &quot;%1&quot;</source>
        <translation>--lang takes az or en, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--tab takes overview, missions, timeline or trade, not &quot;%1&quot;</source>
        <translation>--tab takes overview, missions, timeline or trade, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--%1 needs a file name</source>
        <translation>--%1 needs a file name</translation>
    </message>
    <message>
        <source>--%1 and --%2 name the same file, %3; give each its own</source>
        <translation>--%1 and --%2 name the same file, %3; give each its own</translation>
    </message>
    <message>
        <source>--size goes with --export-chart</source>
        <translation>--size goes with --export-chart</translation>
    </message>
    <message>
        <source>exports cannot be combined with --validate or --tab</source>
        <translation>exports cannot be combined with --validate or --tab</translation>
    </message>
    <message>
        <source>Try &apos;azkz-relations --help&apos;.</source>
        <translation>Try &apos;azkz-relations --help&apos;.</translation>
    </message>
    <message>
        <source>there is no display to open a window on (DISPLAY and WAYLAND_DISPLAY are not set); --export-chart, --export-csv, --export-report and --validate work without one.</source>
        <translation>there is no display to open a window on (DISPLAY and WAYLAND_DISPLAY are not set); --export-chart, --export-csv, --export-report and --validate work without one.</translation>
    </message>
    <message>
        <source>Nothing exported: the dataset is invalid.</source>
        <translation>Nothing exported: the dataset is invalid.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>--%1 is given more than once</source>
        <translation>--%1 is given more than once</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT from 100x100 to 4000x4000, not &quot;%1&quot;</source>
        <translation>--size takes WIDTHxHEIGHT from 100x100 to 4000x4000, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Size of the exported chart in pixels: a PNG image is WxH pixels (the chart laid out at WxH divided by --scale; default 2400x1400), an SVG drawing is WxH px (default 1200x700). A PDF chart is always an A4 page.</source>
        <translation>Size of the exported chart in pixels: a PNG image is WxH pixels (the chart laid out at WxH divided by --scale; default 2400x1400), an SVG drawing is WxH px (default 1200x700). A PDF chart is always an A4 page.</translation>
    </message>
    <message>
        <source>Pixels per unit of an exported PNG chart, from 1 to 4 (default 2): higher gives finer text and lines at the same --size.</source>
        <translation>Pixels per unit of an exported PNG chart, from 1 to 4 (default 2): higher gives finer text and lines at the same --size.</translation>
    </message>
    <message>
        <source>--scale takes a number from 1 to 4, such as 2 or 1.5, not &quot;%1&quot;</source>
        <translation>--scale takes a number from 1 to 4, such as 2 or 1.5, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--scale goes with --export-chart</source>
        <translation>--scale goes with --export-chart</translation>
    </message>
    <message>
        <source>Browse the relations between two countries offline, in Azerbaijani or English: the built-in dataset, or any dataset file of the same schema.</source>
        <translation>Browse the relations between two countries offline, in Azerbaijani or English: the built-in dataset, or any dataset file of the same schema.</translation>
    </message>
    <message>
        <source>Write the timeline (its time axis and every event) to FILE (.pdf, .svg or .png) and exit.</source>
        <translation>Write the timeline (its time axis and every event) to FILE (.pdf, .svg or .png) and exit.</translation>
    </message>
    <message>
        <source>With --export-chart and --export-csv: the long trade series as one country reports them (its id, such as az or kz), or mirror, turnover or balance.</source>
        <translation>With --export-chart and --export-csv: the long trade series as one country reports them (its id, such as az or kz), or mirror, turnover or balance.</translation>
    </message>
    <message>
        <source>With --export-chart and --export-csv: the years of the trade series, such as 2000-2020.</source>
        <translation>With --export-chart and --export-csv: the years of the trade series, such as 2000-2020.</translation>
    </message>
    <message>
        <source>With --export-chart and --export-csv: amounts in thousand or million US dollars.</source>
        <translation>With --export-chart and --export-csv: amounts in thousand or million US dollars.</translation>
    </message>
    <message>
        <source>--trade-view: &quot;%1&quot; is neither of the dataset&apos;s countries (%2, %3) nor mirror, turnover or balance</source>
        <translation>--trade-view: &quot;%1&quot; is neither of the dataset&apos;s countries (%2, %3) nor mirror, turnover or balance</translation>
    </message>
    <message>
        <source>--trade-view takes a country id such as az or kz, or mirror, turnover or balance, not &quot;%1&quot;</source>
        <translation>--trade-view takes a country id such as az or kz, or mirror, turnover or balance, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--years takes FROM-TO with FROM not after TO, such as 2000-2020, not &quot;%1&quot;</source>
        <translation>--years takes FROM-TO with FROM not after TO, such as 2000-2020, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--unit takes thousand or million, not &quot;%1&quot;</source>
        <translation>--unit takes thousand or million, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--%1 takes a file ending in %2, not &quot;%3&quot;</source>
        <translation>--%1 takes a file ending in %2, not &quot;%3&quot;</translation>
    </message>
    <message>
        <source>With --export-chart and a long trade series: mark the timeline&apos;s events on the chart (they are not marked unless asked).</source>
        <translation>With --export-chart and a long trade series: mark the timeline&apos;s events on the chart (they are not marked unless asked).</translation>
    </message>
    <message>
        <source>--trade-view, --years, --unit and --events go with --export-chart or --export-csv</source>
        <translation>--trade-view, --years, --unit and --events go with --export-chart or --export-csv</translation>
    </message>
    <message>
        <source>--%1: the file name &quot;%2&quot; is not valid UTF-8; rename the file or choose a name that is</source>
        <translation>--%1: the file name &quot;%2&quot; is not valid UTF-8; rename the file or choose a name that is</translation>
    </message>
    <message>
        <source>--years: no trade figures from %1 to %2 in this view; its figures run from %3 to %4</source>
        <translation>--years: no trade figures from %1 to %2 in this view; its figures run from %3 to %4</translation>
    </message>
    <message>
        <source>--trade-view: the dataset has no figures for the view &quot;%1&quot;</source>
        <translation>--trade-view: the dataset has no figures for the view &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>azkz::DatasetSummary</name>
    <message numerus="yes">
        <source>%n statistical source(s)</source>
        <translation>
            <numerusform>%n statistical source</numerusform>
            <numerusform>%n statistical sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n official source(s)</source>
        <translation>
            <numerusform>%n official source</numerusform>
            <numerusform>%n official sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n news report(s)</source>
        <translation>
            <numerusform>%n news report</numerusform>
            <numerusform>%n news reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n legal text(s)</source>
        <translation>
            <numerusform>%n legal text</numerusform>
            <numerusform>%n legal texts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a source, its licence</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>the article&apos;s publisher, its licence</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a source&apos;s publisher, its licence</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n other source(s)</source>
        <translation>
            <numerusform>%n other source</numerusform>
            <numerusform>%n other sources</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources: %1</translation>
    </message>
</context>
<context>
    <name>azkz::EventCard</name>
    <message>
        <source>Event details</source>
        <translation>Event details</translation>
    </message>
    <message>
        <source>Tab moves between the links, Enter opens one</source>
        <translation>Tab moves between the links, Enter opens one</translation>
    </message>
    <message>
        <source>No event matches the search and filters.</source>
        <translation>No event matches the search and filters.</translation>
    </message>
    <message>
        <source>Select an event to see it here.</source>
        <translation>Select an event to see it here.</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>People:</translation>
    </message>
    <message>
        <source>Trade in %1</source>
        <translation>Trade in %1</translation>
    </message>
    <message>
        <source>See:</source>
        <translation>See:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources:</translation>
    </message>
    <message>
        <source>Not in the article; sources:</source>
        <translation>Not in the article; sources:</translation>
    </message>
</context>
<context>
    <name>azkz::EventsCsv</name>
    <message>
        <source>Source: “%1”, %2. Licence: %3.</source>
        <translation>Source: “%1”, %2. Licence: %3.</translation>
    </message>
    <message>
        <source>Date (ISO 8601)</source>
        <translation>Date (ISO 8601)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>References</source>
        <translation>References</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Sources disagree</source>
        <translation>Sources disagree</translation>
    </message>
</context>
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
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Other sources</source>
        <translation>Other sources</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>azkz::ExportFormatText</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <extracomment>A list of file name endings: &quot;%1&quot; is &quot;.png, .svg&quot;, &quot;%2&quot; is &quot;.pdf&quot;.</extracomment>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <source>Cannot export %1: the name must end in %2</source>
        <translation>Cannot export %1: the name must end in %2</translation>
    </message>
</context>
<context>
    <name>azkz::ExportProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Laying out the pages: page %1 of %2…</source>
        <translation>Laying out the pages: page %1 of %2…</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>Writing page %1 of %2…</translation>
    </message>
    <message>
        <source>Stopped: %1 was not written</source>
        <translation>Stopped: %1 was not written</translation>
    </message>
</context>
<context>
    <name>azkz::ExportSizeDialog</name>
    <message>
        <source>Chart size</source>
        <translation>Chart size</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Width:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Height:</translation>
    </message>
    <message>
        <source>&amp;Pixel ratio:</source>
        <translation>&amp;Pixel ratio:</translation>
    </message>
    <message>
        <source>The chart is laid out at the size divided by this and drawn this many times finer: 2 gives a sharp image on high-resolution screens and in print</source>
        <translation>The chart is laid out at the size divided by this and drawn this many times finer: 2 gives a sharp image on high-resolution screens and in print</translation>
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
        <source>Fact</source>
        <translation>Fact</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Click to open the Diplomatic missions tab</source>
        <translation>Click to open the Diplomatic missions tab</translation>
    </message>
    <message>
        <source>Click to open the Timeline tab</source>
        <translation>Click to open the Timeline tab</translation>
    </message>
    <message>
        <source>Latest turnover as reported by %1</source>
        <translation>Latest turnover as reported by %1</translation>
    </message>
    <message>
        <source>%1 %2 in %3: its exports and imports added (%4)</source>
        <translation>%1 %2 in %3: its exports and imports added (%4)</translation>
    </message>
    <message>
        <source>%1 Also given: %2</source>
        <translation>%1 Also given: %2</translation>
    </message>
    <message>
        <source>Trade turnover in %1, rounded in the source</source>
        <translation>Trade turnover in %1, rounded in the source</translation>
    </message>
    <message>
        <source>%1 (≈ %2 million)</source>
        <translation>%1 (≈ %2 million)</translation>
    </message>
</context>
<context>
    <name>azkz::FileError</name>
    <message>
        <source>no space left on the device</source>
        <translation>no space left on the device</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>the file system is read-only</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>no such file or folder</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>a part of the path is not a folder</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>the name is too long</translation>
    </message>
    <message>
        <source>the file is too large for the file system</source>
        <translation>the file is too large for the file system</translation>
    </message>
    <message>
        <source>input/output error (the device could not be read or written)</source>
        <translation>input/output error (the device could not be read or written)</translation>
    </message>
    <message>
        <source>no program is reading from it</source>
        <translation>no program is reading from it</translation>
    </message>
    <message>
        <source>the program reading from it has stopped</source>
        <translation>the program reading from it has stopped</translation>
    </message>
    <message>
        <source>too many symbolic links</source>
        <translation>too many symbolic links</translation>
    </message>
</context>
<context>
    <name>azkz::Formatting</name>
    <message>
        <source>Source article, reference %1</source>
        <translation>Source article, reference %1</translation>
    </message>
    <message>
        <source>Source article, references %1</source>
        <translation>Source article, references %1</translation>
    </message>
</context>
<context>
    <name>azkz::MainWindow</name>
    <message>
        <source>The interface translation could not be loaded.</source>
        <translation>The interface translation could not be loaded.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the dataset</source>
        <translation>
            <numerusform>%n problem in the dataset</numerusform>
            <numerusform>%n problems in the dataset</numerusform>
        </translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>window title: dataset title, file name</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Relations between two countries</source>
        <translation>Relations between two countries</translation>
    </message>
    <message>
        <source>Settings cannot be saved in %1: the window&apos;s size, tab and language will not be remembered</source>
        <translation>Settings cannot be saved in %1: the window&apos;s size, tab and language will not be remembered</translation>
    </message>
    <message>
        <source>%1 was read again</source>
        <translation>%1 was read again</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
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
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not stated in the sources</source>
        <translation>Not stated in the sources</translation>
    </message>
    <message>
        <source>%1, as of %2</source>
        <translation>%1, as of %2</translation>
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
    <message>
        <source>Filter missions…</source>
        <translation>Filter missions…</translation>
    </message>
    <message>
        <source>Filter the missions</source>
        <translation>Filter the missions</translation>
    </message>
    <message>
        <source>Map of the missions</source>
        <translation>Map of the missions</translation>
    </message>
    <message>
        <source>Click a city, or use Left and Right, to select its mission</source>
        <translation>Click a city, or use Left and Right, to select its mission</translation>
    </message>
    <message>
        <source>Each country&apos;s missions in the other</source>
        <translation>Each country&apos;s missions in the other</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>In the timeline</source>
        <translation>In the timeline</translation>
    </message>
    <message>
        <source>The arrow keys choose a mission; its details are shown in the card</source>
        <translation>The arrow keys choose a mission; its details are shown in the card</translation>
    </message>
    <message>
        <source>Tab moves through the links to the timeline</source>
        <translation>Tab moves through the links to the timeline</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>&amp;Copy address</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Copy address</translation>
    </message>
    <message>
        <source>Choosing an entry selects that mission</source>
        <translation>Choosing an entry selects that mission</translation>
    </message>
    <message>
        <source>Address copied to the clipboard</source>
        <translation>Address copied to the clipboard</translation>
    </message>
    <message>
        <source>Not on the map (no coordinates in the dataset): %1</source>
        <translation>Not on the map (no coordinates in the dataset): %1</translation>
    </message>
    <message>
        <source>and %1 more: go on in the timeline</source>
        <translation>and %1 more: go on in the timeline</translation>
    </message>
    <message>
        <source>Heads of mission, the latest known first</source>
        <translation>Heads of mission, the latest known first</translation>
    </message>
    <message>
        <source>Copy the selected mission&apos;s name, address and country to the clipboard</source>
        <translation>Copy the selected mission&apos;s name, address and country to the clipboard</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Clear the filter</translation>
    </message>
    <message>
        <source>The diplomatic missions could not be printed.</source>
        <translation>The diplomatic missions could not be printed.</translation>
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
    <message>
        <source>Reference [%1] of the article “%2”, %3</source>
        <translation>Reference [%1] of the article “%2”, %3</translation>
    </message>
    <message>
        <source>&amp;Key facts</source>
        <translation>&amp;Key facts</translation>
    </message>
    <message>
        <source>Press Enter on the number of missions or events to open its tab</source>
        <translation>Press Enter on the number of missions or events to open its tab</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Contents</translation>
    </message>
    <message>
        <source>Contents of the article</source>
        <translation>Contents of the article</translation>
    </message>
    <message>
        <source>Press Enter to go to a section of the article</source>
        <translation>Press Enter to go to a section of the article</translation>
    </message>
    <message>
        <source>Latest &amp;events</source>
        <translation>Latest &amp;events</translation>
    </message>
    <message>
        <source>Latest events</source>
        <translation>Latest events</translation>
    </message>
    <message>
        <source>Press Enter to open an event in the timeline</source>
        <translation>Press Enter to open an event in the timeline</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>an event&apos;s date, its title</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The overview could not be printed.</source>
        <translation>The overview could not be printed.</translation>
    </message>
</context>
<context>
    <name>azkz::Printing</name>
    <message>
        <source>Cannot print</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <source>This cannot be printed: %1</source>
        <translation>This cannot be printed: %1</translation>
    </message>
</context>
<context>
    <name>azkz::ProblemsView</name>
    <message>
        <source>Copied %1</source>
        <translation>Copied %1</translation>
    </message>
    <message>
        <source>The dataset %1 cannot be opened. Nothing from it is shown until these problems are fixed:</source>
        <translation>The dataset %1 cannot be opened. Nothing from it is shown until these problems are fixed:</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s): the last good version stays on screen until they are fixed. Click a problem to copy its place in the file.</source>
        <translation>
            <numerusform>%1 has %n problem: the last good version stays on screen until it is fixed. Click the problem to copy its place in the file.</numerusform>
            <numerusform>%1 has %n problems: the last good version stays on screen until they are fixed. Click a problem to copy its place in the file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems in the dataset</source>
        <translation>Problems in the dataset</translation>
    </message>
    <message>
        <source>the built-in dataset</source>
        <translation>the built-in dataset</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be opened: it has %n problem(s). The window still shows %2. Click a problem to copy its place in the file.</source>
        <translation>
            <numerusform>%1 cannot be opened: it has %n problem. The window still shows %2. Click the problem to copy its place in the file.</numerusform>
            <numerusform>%1 cannot be opened: it has %n problems. The window still shows %2. Click a problem to copy its place in the file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>azkz::ReadingIndicator</name>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Reading %1</translation>
    </message>
</context>
<context>
    <name>azkz::RecentDatasets</name>
    <message>
        <source>No datasets opened yet</source>
        <translation>No datasets opened yet</translation>
    </message>
</context>
<context>
    <name>azkz::ReportLayout</name>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 of %2</translation>
    </message>
</context>
<context>
    <name>azkz::ReportWriter</name>
    <message>
        <source>Key facts</source>
        <translation>Key facts</translation>
    </message>
    <message>
        <source>Diplomatic missions</source>
        <translation>Diplomatic missions</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Trade</translation>
    </message>
    <message>
        <source>Sources and licence</source>
        <translation>Sources and licence</translation>
    </message>
    <message>
        <source>Cannot write %1: the briefing PDF holds up to %2 events and %3 characters of text, and this dataset has %4 events and %5 characters. Export the timeline as CSV from the Timeline tab instead.</source>
        <translation>Cannot write %1: the briefing PDF holds up to %2 events and %3 characters of text, and this dataset has %4 events and %5 characters. Export the timeline as CSV from the Timeline tab instead.</translation>
    </message>
    <message>
        <source>Briefing: overview, diplomatic missions, timeline and trade</source>
        <translation>Briefing: overview, diplomatic missions, timeline and trade</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>%1, schema version %2</source>
        <translation>%1, schema version %2</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>“%1”, %2. Licence: %3 (%4). Reference numbers as the article gives them: %5.</source>
        <translation>“%1”, %2. Licence: %3 (%4). Reference numbers as the article gives them: %5.</translation>
    </message>
    <message>
        <source>licence: %1</source>
        <translation>licence: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <source>Every fact in this report comes from the sources above; numbers in brackets are the article&apos;s reference numbers. Made with azkz-relations %1.</source>
        <translation>Every fact in this report comes from the sources above; numbers in brackets are the article&apos;s reference numbers. Made with azkz-relations %1.</translation>
    </message>
    <message>
        <source>Heads of mission, the latest known first</source>
        <translation>Heads of mission, the latest known first</translation>
    </message>
    <message>
        <source>Source: “%1”, %2. Licence: %3.</source>
        <translation>Source: “%1”, %2. Licence: %3.</translation>
    </message>
</context>
<context>
    <name>azkz::SaveDialogs</name>
    <message>
        <source>Could not save</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Open dataset</source>
        <translation>Open dataset</translation>
    </message>
    <message>
        <source>Datasets (*.json)</source>
        <translation>Datasets (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>azkz::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between two shortcuts of one command</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Moving around</source>
        <translation>Moving around</translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation>Next or previous control</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Arrow keys, Home, End, Page Up, Page Down</source>
        <translation>Arrow keys, Home, End, Page Up, Page Down</translation>
    </message>
    <message>
        <source>Open what is selected (a link, a fact, an event)</source>
        <translation>Open what is selected (a link, a fact, an event)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open a menu or press a button by its underlined letter</source>
        <translation>Open a menu or press a button by its underlined letter</translation>
    </message>
    <message>
        <source>Alt+letter</source>
        <translation>Alt+letter</translation>
    </message>
    <message>
        <source>Inside a list, a table or the time axis</source>
        <translation>Inside a list, a table or the time axis</translation>
    </message>
    <message>
        <source>Whole window</source>
        <translation>Whole window</translation>
    </message>
</context>
<context>
    <name>azkz::SourcesDialog</name>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Filter sources…</source>
        <translation>Filter sources…</translation>
    </message>
    <message>
        <source>Filter the sources</source>
        <translation>Filter the sources</translation>
    </message>
    <message>
        <source>Shows the sources whose publisher, title, date, kind, language, licence or address holds the text</source>
        <translation>Shows the sources whose publisher, title, date, kind, language, licence or address holds the text</translation>
    </message>
    <message>
        <source>Sources of the dataset</source>
        <translation>Sources of the dataset</translation>
    </message>
    <message>
        <source>The arrow keys choose a source; the statements that rest on it are listed below</source>
        <translation>The arrow keys choose a source; the statements that rest on it are listed below</translation>
    </message>
    <message>
        <source>Statements that rest on the selected source</source>
        <translation>Statements that rest on the selected source</translation>
    </message>
    <message>
        <source>Enter opens the statement in its tab</source>
        <translation>Enter opens the statement in its tab</translation>
    </message>
    <message>
        <source>%1 of %2 sources</source>
        <translation>%1 of %2 sources</translation>
    </message>
    <message>
        <source>&amp;Statements: choose a source above</source>
        <translation>&amp;Statements: choose a source above</translation>
    </message>
    <message>
        <source>&amp;Statements that rest on it: %1</source>
        <translation>&amp;Statements that rest on it: %1</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Clear the filter</translation>
    </message>
</context>
<context>
    <name>azkz::SourcesModel</name>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Official</translation>
    </message>
    <message>
        <source>News</source>
        <translation>News</translation>
    </message>
    <message>
        <source>Legal text</source>
        <translation>Legal text</translation>
    </message>
    <message>
        <source>Diplomatic relations established: %1</source>
        <translation>Diplomatic relations established: %1</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>established</source>
        <translation>established</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>opened</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: its place on the map</source>
        <translation>%1: its place on the map</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Trade in %1</source>
        <translation>Trade in %1</translation>
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
        <source>Publisher</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Statements</translation>
    </message>
    <message>
        <source>The article&apos;s text: %1</source>
        <translation>The article&apos;s text: %1</translation>
    </message>
    <message>
        <source>%1 as %2 reports them, %3</source>
        <translation>%1 as %2 reports them, %3</translation>
    </message>
</context>
<context>
    <name>azkz::TimeAxis</name>
    <message>
        <source>Zoom the time axis in</source>
        <translation>Zoom the time axis in</translation>
    </message>
    <message>
        <source>Zoom the time axis out</source>
        <translation>Zoom the time axis out</translation>
    </message>
    <message>
        <source>Show all years on the time axis</source>
        <translation>Show all years on the time axis</translation>
    </message>
</context>
<context>
    <name>azkz::TimelineExport</name>
    <message>
        <source>%1 of %2 events, as the filters of the Timeline tab show them.</source>
        <translation>%1 of %2 events, as the filters of the Timeline tab show them.</translation>
    </message>
    <message>
        <source>A dot is an event of a day or a month; a bar, of a year, a decade or a longer span. An open ring joined to a dot is another date a source gives for it.</source>
        <translation>A dot is an event of a day or a month; a bar, of a year, a decade or a longer span. An open ring joined to a dot is another date a source gives for it.</translation>
    </message>
    <message>
        <source>// marks where the line of years is shortened over decades with no event.</source>
        <translation>// marks where the line of years is shortened over decades with no event.</translation>
    </message>
    <message>
        <source>Cannot write %1: the list of the %2 events shown would make a picture %3 px tall, and a timeline picture is at most %4 px. Export the timeline as PDF, narrow the filters, or export the events as CSV instead.</source>
        <translation>Cannot write %1: the list of the %2 events shown would make a picture %3 px tall, and a timeline picture is at most %4 px. Export the timeline as PDF, narrow the filters, or export the events as CSV instead.</translation>
    </message>
    <message>
        <source>a timeline document holds up to %1 events, and %2 are shown. Narrow the filters, or export the events as CSV instead.</source>
        <translation>a timeline document holds up to %1 events, and %2 are shown. Narrow the filters, or export the events as CSV instead.</translation>
    </message>
    <message>
        <source>a timeline document holds up to %1 characters of text, and the %2 events shown have %3 with their sources and disputed versions. Narrow the filters, or export the events as CSV instead.</source>
        <translation>a timeline document holds up to %1 characters of text, and the %2 events shown have %3 with their sources and disputed versions. Narrow the filters, or export the events as CSV instead.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Events from the article %1 and from %n other source(s).</source>
        <translation>
            <numerusform>Events from the article %1 and from %n other source.</numerusform>
            <numerusform>Events from the article %1 and from %n other sources.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Events from the article %1 and from %n other source(s), each named with the events it gives.</source>
        <translation>
            <numerusform>Events from the article %1 and from %n other source, each named with the events it gives.</numerusform>
            <numerusform>Events from the article %1 and from %n other sources, each named with the events it gives.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>azkz::TimelineFilterBar</name>
    <message>
        <source>Categories:</source>
        <translation>Categories:</translation>
    </message>
    <message>
        <source>Show the category %1</source>
        <translation>Show the category %1</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation>&amp;Years:</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>From year</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>To year</translation>
    </message>
    <message>
        <source>So&amp;urces:</source>
        <translation>So&amp;urces:</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>All sources</translation>
    </message>
    <message>
        <source>The article only</source>
        <translation>The article only</translation>
    </message>
    <message>
        <source>Which sources&apos; events to show</source>
        <translation>Which sources&apos; events to show</translation>
    </message>
    <message>
        <source>The article only: leave out the events that only other sources give</source>
        <translation>The article only: leave out the events that only other sources give</translation>
    </message>
</context>
<context>
    <name>azkz::TimelineModel</name>
    <message numerus="yes">
        <source>%1 — %n event(s)</source>
        <translation>
            <numerusform>%1 — %n event</numerusform>
            <numerusform>%1 — %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>azkz::TimelinePage</name>
    <message>
        <source>Search the timeline</source>
        <translation>Search the timeline</translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>%1 of %2 events</translation>
    </message>
    <message>
        <source>Search titles and texts… (Ctrl+F)</source>
        <translation>Search titles and texts… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Case and diacritics are ignored: “aliyev” finds “Əliyev”. Esc clears.</source>
        <translation>Case and diacritics are ignored: “aliyev” finds “Əliyev”. Esc clears.</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the events shown as a CSV file</source>
        <translation>Save the events shown as a CSV file</translation>
    </message>
    <message>
        <source>Time axis</source>
        <translation>Time axis</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>Export events</translation>
    </message>
    <message>
        <source>Ctrl+wheel or +/− zooms, dragging or the wheel pans, 0 shows all</source>
        <translation>Ctrl+wheel or +/− zooms, dragging or the wheel pans, 0 shows all</translation>
    </message>
    <message>
        <source>Clear the timeline search</source>
        <translation>Clear the timeline search</translation>
    </message>
    <message>
        <source>Export the events shown as CSV</source>
        <translation>Export the events shown as CSV</translation>
    </message>
    <message>
        <source>The timeline could not be printed.</source>
        <translation>The timeline could not be printed.</translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation>Export timeline</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Clear the search</translation>
    </message>
    <message>
        <source>Timeline events: %1</source>
        <translation>Timeline events: %1</translation>
    </message>
</context>
<context>
    <name>azkz::TradeChart</name>
    <message>
        <source>%1 · %2: %3 %4</source>
        <translation>%1 · %2: %3 %4</translation>
    </message>
    <message>
        <source> (%1 % of turnover)</source>
        <translation> (%1 % of turnover)</translation>
    </message>
    <message>
        <source>Trade between %1 and %2, as reported by %1</source>
        <translation>Trade between %1 and %2, as reported by %1</translation>
    </message>
    <message>
        <source>Exports and imports as shares of turnover, as reported by %1</source>
        <translation>Exports and imports as shares of turnover, as reported by %1</translation>
    </message>
    <message>
        <source>Share of turnover, %</source>
        <translation>Share of turnover, %</translation>
    </message>
    <message>
        <source>Exports to %1</source>
        <translation>Exports to %1</translation>
    </message>
    <message>
        <source>Imports from %1</source>
        <translation>Imports from %1</translation>
    </message>
    <message>
        <source>%1 (selected)</source>
        <translation>%1 (selected)</translation>
    </message>
</context>
<context>
    <name>azkz::TradeCommands</name>
    <message>
        <source>Export &amp;chart…</source>
        <translation>Export &amp;chart…</translation>
    </message>
    <message>
        <source>Save the chart as PNG, SVG or PDF</source>
        <translation>Save the chart as PNG, SVG or PDF</translation>
    </message>
    <message>
        <source>Export &amp;data as CSV…</source>
        <translation>Export &amp;data as CSV…</translation>
    </message>
    <message>
        <source>Save the table as a CSV file</source>
        <translation>Save the table as a CSV file</translation>
    </message>
    <message>
        <source>Cop&amp;y chart image</source>
        <translation>Cop&amp;y chart image</translation>
    </message>
    <message>
        <source>Copy the chart as an image, to paste into a document</source>
        <translation>Copy the chart as an image, to paste into a document</translation>
    </message>
</context>
<context>
    <name>azkz::TradeCsv</name>
    <message>
        <source>Source: “%1”, %2, references %3. Licence: %4.</source>
        <translation>Source: “%1”, %2, references %3. Licence: %4.</translation>
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
    <message>
        <source>No figure for the previous year</source>
        <translation>No figure for the previous year</translation>
    </message>
    <message>
        <source>Change on previous year</source>
        <translation>Change on previous year</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1 · %2 (the statistics of %3)</source>
        <translation>%1 · %2 (the statistics of %3)</translation>
    </message>
</context>
<context>
    <name>azkz::TradePage</name>
    <message>
        <source>Trade chart</source>
        <translation>Trade chart</translation>
    </message>
    <message>
        <source>Trade by year, %1</source>
        <translation>Trade by year, %1</translation>
    </message>
    <message>
        <source>Grouped bars</source>
        <translation>Grouped bars</translation>
    </message>
    <message>
        <source>Stacked bars</source>
        <translation>Stacked bars</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>Shares of turnover</source>
        <translation>Shares of turnover</translation>
    </message>
    <message>
        <source>Chart type</source>
        <translation>Chart type</translation>
    </message>
    <message>
        <source>How the chart draws the figures</source>
        <translation>How the chart draws the figures</translation>
    </message>
    <message>
        <source>Values or shares</source>
        <translation>Values or shares</translation>
    </message>
    <message>
        <source>Show amounts, or exports and imports as shares of turnover</source>
        <translation>Show amounts, or exports and imports as shares of turnover</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print the chart, the table and the source on one page</source>
        <translation>Print the chart, the table and the source on one page</translation>
    </message>
    <message>
        <source>Trade tools</source>
        <translation>Trade tools</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Export data</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>More trade commands</source>
        <translation>More trade commands</translation>
    </message>
    <message>
        <source>Copy the chart image, export the data as CSV, print</source>
        <translation>Copy the chart image, export the data as CSV, print</translation>
    </message>
    <message>
        <source>Chart image copied</source>
        <translation>Chart image copied</translation>
    </message>
</context>
<context>
    <name>azkz::TradeSeriesChart</name>
    <message>
        <source>No trade figures</source>
        <translation>No trade figures</translation>
    </message>
    <message>
        <source>%1 · %2 (click to open it in the timeline)</source>
        <translation>%1 · %2 (click to open it in the timeline)</translation>
    </message>
    <message>
        <source>Events of the timeline</source>
        <translation>Events of the timeline</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>azkz::TradeSeriesControls</name>
    <message numerus="yes">
        <source>%n row(s) copied</source>
        <translation>
            <numerusform>%n row copied</numerusform>
            <numerusform>%n rows copied</numerusform>
        </translation>
    </message>
    <message>
        <source>From year</source>
        <translation>From year</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>To year</translation>
    </message>
    <message>
        <source>First year shown; or drag across the chart</source>
        <translation>First year shown; or drag across the chart</translation>
    </message>
    <message>
        <source>Last year shown; or drag across the chart</source>
        <translation>Last year shown; or drag across the chart</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Show every year there are figures for</source>
        <translation>Show every year there are figures for</translation>
    </message>
    <message>
        <source>Amounts in thousands of US dollars</source>
        <translation>Amounts in thousands of US dollars</translation>
    </message>
    <message>
        <source>Amounts in millions of US dollars</source>
        <translation>Amounts in millions of US dollars</translation>
    </message>
    <message>
        <source>Copy the selected rows</source>
        <translation>Copy the selected rows</translation>
    </message>
    <message>
        <source>Timeline events on the chart</source>
        <translation>Timeline events on the chart</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Mirror</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>Turnover</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>The article&apos;s table</source>
        <translation>The article&apos;s table</translation>
    </message>
    <message>
        <source>%1&apos;s own figures</source>
        <translation>%1&apos;s own figures</translation>
    </message>
    <message>
        <source>This dataset has no figures for this view</source>
        <translation>This dataset has no figures for this view</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Whose figures the chart and the table show: the article&apos;s table, one country&apos;s own figures, both countries&apos; figures of each flow side by side (mirror), turnover or balance</source>
        <translation>Whose figures the chart and the table show: the article&apos;s table, one country&apos;s own figures, both countries&apos; figures of each flow side by side (mirror), turnover or balance</translation>
    </message>
    <message>
        <source>Trade chart</source>
        <translation>Trade chart</translation>
    </message>
    <message>
        <source>Trade by year, %1</source>
        <translation>Trade by year, %1</translation>
    </message>
    <message>
        <source>Each flow as the exporter and the importer report it</source>
        <translation>Each flow as the exporter and the importer report it</translation>
    </message>
    <message>
        <source>The article&apos;s table, %1</source>
        <translation>The article&apos;s table, %1</translation>
    </message>
</context>
<context>
    <name>azkz::TradeSeriesModel</name>
    <message>
        <source>Exports %1 → %2 (%3 figures)</source>
        <translation>Exports %1 → %2 (%3 figures)</translation>
    </message>
    <message>
        <source>Imports %1 → %2 (%3 figures)</source>
        <translation>Imports %1 → %2 (%3 figures)</translation>
    </message>
    <message>
        <source>Turnover (%1 figures)</source>
        <translation>Turnover (%1 figures)</translation>
    </message>
    <message>
        <source>Balance of %1 (%1 figures)</source>
        <translation>Balance of %1 (%1 figures)</translation>
    </message>
    <message>
        <source>Gap %1 → %2, % of the exporter&apos;s figure</source>
        <translation>Gap %1 → %2, % of the exporter&apos;s figure</translation>
    </message>
    <message>
        <source>thousand US dollars</source>
        <translation>thousand US dollars</translation>
    </message>
    <message>
        <source>million US dollars</source>
        <translation>million US dollars</translation>
    </message>
    <message>
        <source>%1 (estimate)</source>
        <translation>%1 (estimate)</translation>
    </message>
    <message>
        <source>%1 (provisional)</source>
        <translation>%1 (provisional)</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources: %1</translation>
    </message>
    <message>
        <source>%1 · %2: no figure</source>
        <translation>%1 · %2: no figure</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>%1 · %2: %3 %4</source>
        <translation>%1 · %2: %3 %4</translation>
    </message>
    <message>
        <source>estimate, not a reported figure</source>
        <translation>estimate, not a reported figure</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>provisional</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>also given as %1 %2 by %3; the chart uses the first</source>
        <translation>also given as %1 %2 by %3; the chart uses the first</translation>
    </message>
    <message>
        <source>Trade with %1, as reported by %2</source>
        <translation>Trade with %1, as reported by %2</translation>
    </message>
    <message>
        <source>Mirror view: each flow as the exporter and the importer report it</source>
        <translation>Mirror view: each flow as the exporter and the importer report it</translation>
    </message>
    <message>
        <source>Turnover as each country reports it</source>
        <translation>Turnover as each country reports it</translation>
    </message>
    <message>
        <source>Trade balance as each country reports it</source>
        <translation>Trade balance as each country reports it</translation>
    </message>
    <message>
        <source>%1&apos;s own figures: its exports to %2 and its imports from %2.</source>
        <translation>%1&apos;s own figures: its exports to %2 and its imports from %2.</translation>
    </message>
    <message>
        <source>Each flow twice: as the exporting country reports it and as the importing country reports it. The gap is the importer&apos;s figure less the exporter&apos;s, in per cent of the exporter&apos;s.</source>
        <translation>Each flow twice: as the exporting country reports it and as the importing country reports it. The gap is the importer&apos;s figure less the exporter&apos;s, in per cent of the exporter&apos;s.</translation>
    </message>
    <message>
        <source>Turnover (exports plus imports) as each country reports it; one side&apos;s exports are never added to the other&apos;s imports.</source>
        <translation>Turnover (exports plus imports) as each country reports it; one side&apos;s exports are never added to the other&apos;s imports.</translation>
    </message>
    <message>
        <source>Balance (exports less imports) of each country, from its own figures.</source>
        <translation>Balance (exports less imports) of each country, from its own figures.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Open points are estimates.</source>
        <translation>Open points are estimates.</translation>
    </message>
    <message>
        <source>A break in a line is a year with no figure.</source>
        <translation>A break in a line is a year with no figure.</translation>
    </message>
    <message>
        <source>from %1, %2</source>
        <comment>a year, the source some figures come from from that year on</comment>
        <translation>from %1, %2</translation>
    </message>
    <message>
        <source>The source changes: %1.</source>
        <translation>The source changes: %1.</translation>
    </message>
    <message>
        <source>Gap, % of the exporter&apos;s figure</source>
        <translation>Gap, % of the exporter&apos;s figure</translation>
    </message>
    <message>
        <source>Exports (%1 figures)</source>
        <translation>Exports (%1 figures)</translation>
    </message>
    <message>
        <source>Imports (%1 figures)</source>
        <translation>Imports (%1 figures)</translation>
    </message>
    <message>
        <source>references %1</source>
        <translation>references %1</translation>
    </message>
    <message>
        <source>⚠ %1, %2: the chart draws %3 (%4); %5 gives %6.</source>
        <translation>⚠ %1, %2: the chart draws %3 (%4); %5 gives %6.</translation>
    </message>
    <message>
        <source>free on board (FOB)</source>
        <translation>free on board (FOB)</translation>
    </message>
    <message>
        <source>with cost, insurance and freight (CIF)</source>
        <translation>with cost, insurance and freight (CIF)</translation>
    </message>
    <message>
        <source>at a valuation it does not state</source>
        <translation>at a valuation it does not state</translation>
    </message>
    <message>
        <source>The figures of %1 value exports %2 and imports %3.</source>
        <translation>The figures of %1 value exports %2 and imports %3.</translation>
    </message>
    <message>
        <source>The figures of %1 do not state their valuation.</source>
        <translation>The figures of %1 do not state their valuation.</translation>
    </message>
    <message>
        <source>Mirror figures differ because of valuation, timing, goods in transit, re-exports and confidential items.</source>
        <translation>Mirror figures differ because of valuation, timing, goods in transit, re-exports and confidential items.</translation>
    </message>
    <message>
        <source>A missing year has no figure.</source>
        <translation>A missing year has no figure.</translation>
    </message>
    <message>
        <source>billion US dollars</source>
        <translation>billion US dollars</translation>
    </message>
</context>
<context>
    <name>azkz::TradeSeriesView</name>
    <message>
        <source>%1. The table below the chart gives its figures.</source>
        <translation>%1. The table below the chart gives its figures.</translation>
    </message>
</context>
<context>
    <name>azkz::Validation</name>
    <message>
        <source>a raw control character (byte 0x%1) inside a string; write it as an escape such as \n</source>
        <translation>a raw control character (byte 0x%1) inside a string; write it as an escape such as \n</translation>
    </message>
    <message>
        <source>the member %1 appears twice in the same object</source>
        <translation>the member %1 appears twice in the same object</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels; the schema needs far fewer</source>
        <translation>nested deeper than %1 levels; the schema needs far fewer</translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation>no file name was given</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
    <message>
        <source>is a folder, not a dataset file</source>
        <translation>is a folder, not a dataset file</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe, a device or a socket); datasets are read from files</source>
        <translation>is not a regular file (a pipe, a device or a socket); datasets are read from files</translation>
    </message>
    <message>
        <source>the file is empty; expected a JSON object</source>
        <translation>the file is empty; expected a JSON object</translation>
    </message>
    <message>
        <source>the file starts with a byte order mark; save it as UTF-8 without BOM</source>
        <translation>the file starts with a byte order mark; save it as UTF-8 without BOM</translation>
    </message>
    <message>
        <source>the file looks like UTF-16 text; save it as UTF-8</source>
        <translation>the file looks like UTF-16 text; save it as UTF-8</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>not valid JSON: %1</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level, found an array</source>
        <translation>expected a JSON object at the top level, found an array</translation>
    </message>
    <message>
        <source>expected a reference number</source>
        <translation>expected a reference number</translation>
    </message>
    <message>
        <source>reference [%1] is not listed in source.references</source>
        <translation>reference [%1] is not listed in source.references</translation>
    </message>
    <message>
        <source>duplicate id %1 (already used at %2)</source>
        <translation>duplicate id %1 (already used at %2)</translation>
    </message>
    <message>
        <source>expected a reference number from 1 up</source>
        <translation>expected a reference number from 1 up</translation>
    </message>
    <message>
        <source>reference [%1] is listed twice</source>
        <translation>reference [%1] is listed twice</translation>
    </message>
    <message>
        <source>expected the ids of two different countries</source>
        <translation>expected the ids of two different countries</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>expected &quot;embassy&quot;, &quot;consulate-general&quot; or &quot;consulate&quot;, found %1</source>
        <translation>expected &quot;embassy&quot;, &quot;consulate-general&quot; or &quot;consulate&quot;, found %1</translation>
    </message>
    <message>
        <source>country</source>
        <translation>country</translation>
    </message>
    <message>
        <source>a mission&apos;s host country must differ from its sending country</source>
        <translation>a mission&apos;s host country must differ from its sending country</translation>
    </message>
    <message>
        <source>a mission cannot open before it is established</source>
        <translation>a mission cannot open before it is established</translation>
    </message>
    <message>
        <source>expected &quot;azkz-relations-dataset&quot;, found %1</source>
        <translation>expected &quot;azkz-relations-dataset&quot;, found %1</translation>
    </message>
    <message>
        <source>%1 is not the id of any %2</source>
        <translation>%1 is not the id of any %2</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>a boolean</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>expected %1, found %2</translation>
    </message>
    <message>
        <source>required, but missing</source>
        <translation>required, but missing</translation>
    </message>
    <message>
        <source>the list has %1 elements; at most %2 are allowed here</source>
        <translation>the list has %1 elements; at most %2 are allowed here</translation>
    </message>
    <message>
        <source>the text has %1 characters; at most %2 are allowed here</source>
        <translation>the text has %1 characters; at most %2 are allowed here</translation>
    </message>
    <message>
        <source>the text holds an unpaired surrogate (broken UTF-16 escape)</source>
        <translation>the text holds an unpaired surrogate (broken UTF-16 escape)</translation>
    </message>
    <message>
        <source>the text holds the control character U+%1 at position %2</source>
        <translation>the text holds the control character U+%1 at position %2</translation>
    </message>
    <message>
        <source>expected visible text, found only spaces or invisible characters</source>
        <translation>expected visible text, found only spaces or invisible characters</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>expected a non-empty string</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>a finite number</source>
        <translation>a finite number</translation>
    </message>
    <message>
        <source>expected a number not below zero, found %1</source>
        <translation>expected a number not below zero, found %1</translation>
    </message>
    <message>
        <source>expected a real date from the year 1 to 9999 as YYYY-MM-DD, YYYY-MM, YYYY or a decade YYY0s, found %1</source>
        <translation>expected a real date from the year 1 to 9999 as YYYY-MM-DD, YYYY-MM, YYYY or a decade YYY0s, found %1</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>a non-empty string</translation>
    </message>
    <message>
        <source>unknown member (misspelt?)</source>
        <translation>unknown member (misspelt?)</translation>
    </message>
    <message>
        <source>an era needs &quot;from&quot;, &quot;to&quot; or both</source>
        <translation>an era needs &quot;from&quot;, &quot;to&quot; or both</translation>
    </message>
    <message>
        <source>an era cannot end before it starts</source>
        <translation>an era cannot end before it starts</translation>
    </message>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>an event needs either &quot;date&quot; or &quot;eras&quot;, not both</source>
        <translation>an event needs either &quot;date&quot; or &quot;eras&quot;, not both</translation>
    </message>
    <message>
        <source>expected a real date from the year 1 to 9999 (YYYY-MM-DD, YYYY-MM, YYYY, YYY0s) or a span FROM/TO with at least one end, found %1</source>
        <translation>expected a real date from the year 1 to 9999 (YYYY-MM-DD, YYYY-MM, YYYY, YYY0s) or a span FROM/TO with at least one end, found %1</translation>
    </message>
    <message>
        <source>expected a figure up to %1, found %2</source>
        <translation>expected a figure up to %1, found %2</translation>
    </message>
    <message>
        <source>expected a year from 1 to 9999, found %1</source>
        <translation>expected a year from 1 to 9999, found %1</translation>
    </message>
    <message>
        <source>expected exports + imports = %1, found %2</source>
        <translation>expected exports + imports = %1, found %2</translation>
    </message>
    <message>
        <source>%1 is not a year of trade.years</source>
        <translation>%1 is not a year of trade.years</translation>
    </message>
    <message>
        <source>mission</source>
        <translation>mission</translation>
    </message>
    <message>
        <source>era</source>
        <translation>era</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>line %1, column %2: %3</translation>
    </message>
    <message>
        <source>%1: invalid; problems found: %2</source>
        <translation>%1: invalid; problems found: %2</translation>
    </message>
    <message>
        <source>%1: valid (schema version %2; missions: %3, events: %4, sections: %5, trade years: %6)</source>
        <translation>%1: valid (schema version %2; missions: %3, events: %4, sections: %5, trade years: %6)</translation>
    </message>
    <message>
        <source>\%1 is not a JSON escape (\&quot; \\ \/ \b \f \n \r \t \uXXXX)</source>
        <translation>\%1 is not a JSON escape (\&quot; \\ \/ \b \f \n \r \t \uXXXX)</translation>
    </message>
    <message>
        <source>an object is not closed with }</source>
        <translation>an object is not closed with }</translation>
    </message>
    <message>
        <source>a colon is missing after a member&apos;s name</source>
        <translation>a colon is missing after a member&apos;s name</translation>
    </message>
    <message>
        <source>an array is not closed with ]</source>
        <translation>an array is not closed with ]</translation>
    </message>
    <message>
        <source>a comma is missing between two values</source>
        <translation>a comma is missing between two values</translation>
    </message>
    <message>
        <source>not a JSON value (a string, number, object, array, true, false or null)</source>
        <translation>not a JSON value (a string, number, object, array, true, false or null)</translation>
    </message>
    <message>
        <source>the file ends inside a number</source>
        <translation>the file ends inside a number</translation>
    </message>
    <message>
        <source>a number JSON cannot hold (too large, or written with leading zeros)</source>
        <translation>a number JSON cannot hold (too large, or written with leading zeros)</translation>
    </message>
    <message>
        <source>a backslash sequence JSON does not know</source>
        <translation>a backslash sequence JSON does not know</translation>
    </message>
    <message>
        <source>text that is not valid UTF-8</source>
        <translation>text that is not valid UTF-8</translation>
    </message>
    <message>
        <source>a string is not closed with &quot;</source>
        <translation>a string is not closed with &quot;</translation>
    </message>
    <message>
        <source>a value is missing after a comma</source>
        <translation>a value is missing after a comma</translation>
    </message>
    <message>
        <source>the document is too large or too deeply nested</source>
        <translation>the document is too large or too deeply nested</translation>
    </message>
    <message>
        <source>there is more text after the end of the JSON document</source>
        <translation>there is more text after the end of the JSON document</translation>
    </message>
    <message>
        <source>the city %1 is not in the mission&apos;s host country</source>
        <translation>the city %1 is not in the mission&apos;s host country</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2, found %3</source>
        <translation>expected a number from %1 to %2, found %3</translation>
    </message>
    <message>
        <source>expected an ISO 3166-1 alpha-2 code such as &quot;AZ&quot;, found %1</source>
        <translation>expected an ISO 3166-1 alpha-2 code such as &quot;AZ&quot;, found %1</translation>
    </message>
    <message>
        <source>city</source>
        <translation>city</translation>
    </message>
    <message>
        <source>this program reads schema versions 1 to %1, found %2</source>
        <translation>this program reads schema versions 1 to %1, found %2</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>&quot;sources&quot; needs schemaVersion 2</source>
        <translation>&quot;sources&quot; needs schemaVersion 2</translation>
    </message>
    <message>
        <source>expected &quot;statistics&quot;, &quot;official&quot;, &quot;news&quot; or &quot;legal&quot;, found %1</source>
        <translation>expected &quot;statistics&quot;, &quot;official&quot;, &quot;news&quot; or &quot;legal&quot;, found %1</translation>
    </message>
    <message>
        <source>expected a web address starting with http:// or https://</source>
        <translation>expected a web address starting with http:// or https://</translation>
    </message>
    <message>
        <source>&quot;trade.series&quot; needs schemaVersion 2</source>
        <translation>&quot;trade.series&quot; needs schemaVersion 2</translation>
    </message>
    <message>
        <source>expected &quot;estimate&quot; or &quot;provisional&quot;, found %1</source>
        <translation>expected &quot;estimate&quot; or &quot;provisional&quot;, found %1</translation>
    </message>
    <message>
        <source>expected a decimal number written with digits and a point, such as &quot;43.6176&quot;, found %1</source>
        <translation>expected a decimal number written with digits and a point, such as &quot;43.6176&quot;, found %1</translation>
    </message>
    <message>
        <source>a series&apos; partner must differ from its reporter</source>
        <translation>a series&apos; partner must differ from its reporter</translation>
    </message>
    <message>
        <source>expected &quot;exports&quot; or &quot;imports&quot;, found %1</source>
        <translation>expected &quot;exports&quot; or &quot;imports&quot;, found %1</translation>
    </message>
    <message>
        <source>expected &quot;fob&quot;, &quot;cif&quot; or &quot;unstated&quot;, found %1</source>
        <translation>expected &quot;fob&quot;, &quot;cif&quot; or &quot;unstated&quot;, found %1</translation>
    </message>
    <message>
        <source>expected &quot;thousand-usd&quot; or &quot;million-usd&quot;, found %1</source>
        <translation>expected &quot;thousand-usd&quot; or &quot;million-usd&quot;, found %1</translation>
    </message>
    <message>
        <source>the article is cited by its reference numbers, in &quot;refs&quot;</source>
        <translation>the article is cited by its reference numbers, in &quot;refs&quot;</translation>
    </message>
    <message>
        <source>&quot;sources&quot; on a statement needs schemaVersion 3</source>
        <translation>&quot;sources&quot; on a statement needs schemaVersion 3</translation>
    </message>
    <message>
        <source>&quot;dispute&quot; needs schemaVersion 3</source>
        <translation>&quot;dispute&quot; needs schemaVersion 3</translation>
    </message>
    <message>
        <source>a claim needs either &quot;date&quot; or &quot;value&quot;, not both</source>
        <translation>a claim needs either &quot;date&quot; or &quot;value&quot;, not both</translation>
    </message>
    <message>
        <source>expected a date or a span FROM/TO, found %1</source>
        <translation>expected a date or a span FROM/TO, found %1</translation>
    </message>
    <message>
        <source>a claim needs the article&apos;s &quot;refs&quot; or &quot;sources&quot;</source>
        <translation>a claim needs the article&apos;s &quot;refs&quot; or &quot;sources&quot;</translation>
    </message>
    <message>
        <source>the claims of one dispute are all dates or all values</source>
        <translation>the claims of one dispute are all dates or all values</translation>
    </message>
    <message>
        <source>a dispute needs at least two claims</source>
        <translation>a dispute needs at least two claims</translation>
    </message>
    <message>
        <source>the date %1 is not one of the claims</source>
        <translation>the date %1 is not one of the claims</translation>
    </message>
    <message>
        <source>a mission needs either &quot;head&quot; or &quot;heads&quot;, not both</source>
        <translation>a mission needs either &quot;head&quot; or &quot;heads&quot;, not both</translation>
    </message>
    <message>
        <source>&quot;heads&quot; needs schemaVersion 3</source>
        <translation>&quot;heads&quot; needs schemaVersion 3</translation>
    </message>
    <message>
        <source>the text holds the direction control U+%1 at position %2, which would reorder the text shown after it</source>
        <translation>the text holds the direction control U+%1 at position %2, which would reorder the text shown after it</translation>
    </message>
    <message>
        <source>%1 is listed twice (first at [%2])</source>
        <translation>%1 is listed twice (first at [%2])</translation>
    </message>
    <message>
        <source>the file is %1 MiB; datasets larger than %2 MiB are refused</source>
        <translation>the file is %1 MiB; datasets larger than %2 MiB are refused</translation>
    </message>
    <message>
        <source>datasets larger than %1 MiB are refused</source>
        <translation>datasets larger than %1 MiB are refused</translation>
    </message>
    <message>
        <source>no such file; its name is not valid UTF-8, and this program opens only file names that are: rename the file</source>
        <translation>no such file; its name is not valid UTF-8, and this program opens only file names that are: rename the file</translation>
    </message>
    <message>
        <source>missing: the article&apos;s footnote numbers in &quot;refs&quot; ([] where it gives none), or for what the article does not say, the ids of other sources in &quot;sources&quot;</source>
        <translation>missing: the article&apos;s footnote numbers in &quot;refs&quot; ([] where it gives none), or for what the article does not say, the ids of other sources in &quot;sources&quot;</translation>
    </message>
    <message>
        <source>ISO codes are written in upper case: %1, not %2</source>
        <translation>ISO codes are written in upper case: %1, not %2</translation>
    </message>
    <message>
        <source>the map knows no country with the code %1; the codes it knows are listed in SCHEMA.md</source>
        <translation>the map knows no country with the code %1; the codes it knows are listed in SCHEMA.md</translation>
    </message>
    <message>
        <source>the span %1 ends before it begins: write it earliest first, %2</source>
        <translation>the span %1 ends before it begins: write it earliest first, %2</translation>
    </message>
    <message>
        <source>cites sources %1 times, counting the claims of its dispute if it has one; the most a statement can cite is %2</source>
        <translation>cites sources %1 times, counting the claims of its dispute if it has one; the most a statement can cite is %2</translation>
    </message>
    <message>
        <source>a text in both languages, {&quot;az&quot;: &quot;…&quot;, &quot;en&quot;: &quot;…&quot;}</source>
        <translation>a text in both languages, {&quot;az&quot;: &quot;…&quot;, &quot;en&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>the unit %1 is not one of %2</source>
        <translation>the unit %1 is not one of %2</translation>
    </message>
    <message>
        <source>the pair must be the first two countries of &quot;countries&quot;; a third one follows them</source>
        <translation>the pair must be the first two countries of &quot;countries&quot;; a third one follows them</translation>
    </message>
    <message>
        <source>the statements&apos; citations would be drawn as %1 characters; at most %2 are allowed in a file. Cite fewer sources, or sources with shorter names</source>
        <translation>the statements&apos; citations would be drawn as %1 characters; at most %2 are allowed in a file. Cite fewer sources, or sources with shorter names</translation>
    </message>
    <message numerus="yes">
        <source>%1: … and %n more problem(s) not listed</source>
        <translation>
            <numerusform>%1: … and %n more problem not listed</numerusform>
            <numerusform>%1: … and %n more problems not listed</numerusform>
        </translation>
    </message>
    <message>
        <source>the code %1 already belongs to another country (at %2): give each country its own</source>
        <translation>the code %1 already belongs to another country (at %2): give each country its own</translation>
    </message>
</context>
<context>
    <name>azkz::WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open dataset…</source>
        <translation>&amp;Open dataset…</translation>
    </message>
    <message>
        <source>Show another dataset file; it is watched and shown again when it changes</source>
        <translation>Show another dataset file; it is watched and shown again when it changes</translation>
    </message>
    <message>
        <source>Open r&amp;ecent</source>
        <translation>Open r&amp;ecent</translation>
    </message>
    <message>
        <source>Re&amp;load dataset</source>
        <translation>Re&amp;load dataset</translation>
    </message>
    <message>
        <source>&amp;Back to the built-in dataset</source>
        <translation>&amp;Back to the built-in dataset</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print the current tab</source>
        <translation>Print the current tab</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Export &amp;report…</translation>
    </message>
    <message>
        <source>Save a briefing PDF: overview, missions, timeline and trade, with sources</source>
        <translation>Save a briefing PDF: overview, missions, timeline and trade, with sources</translation>
    </message>
    <message>
        <source>Export &amp;timeline…</source>
        <translation>Export &amp;timeline…</translation>
    </message>
    <message>
        <source>Save the time axis and the events the Timeline tab shows as a PDF, SVG or PNG file</source>
        <translation>Save the time axis and the events the Timeline tab shows as a PDF, SVG or PNG file</translation>
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
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>&amp;Next tab</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>&amp;Previous tab</translation>
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
        <source>&amp;Sources…</source>
        <translation>&amp;Sources…</translation>
    </message>
    <message>
        <source>Every source of the dataset, with the statements that rest on each</source>
        <translation>Every source of the dataset, with the statements that rest on each</translation>
    </message>
</context>
</TS>
