<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az">
<context>
    <name>azkz::AboutBox</name>
    <message>
        <source>&lt;p&gt;Every fact comes from the article “%1”, %2, licensed under &lt;a href=&quot;%3&quot;&gt;%4&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bütün faktların mənbəyi “%1” məqaləsidir, %2. Lisenziya: &lt;a href=&quot;%3&quot;&gt;%4&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Map: &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt; 4.1.0 (public domain), through the world-atlas package 2.0.2 (ISC licence).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Xəritə: &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt; 4.1.0 (ictimai sərvət), world-atlas 2.0.2 paketi vasitəsilə (ISC lisenziyası).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>%1 haqqında</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Version %2, built with Qt %3 (running on Qt %4).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Versiya %2, Qt %3 ilə tərtib edilib (Qt %4 ilə işləyir).&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;The facts come from the article “%1”, %2, licensed under &lt;a href=&quot;%3&quot;&gt;%4&lt;/a&gt;, and from %n other source(s), each named beside the facts it gives.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Faktların mənbəyi “%1” məqaləsidir, %2 (lisenziya: &lt;a href=&quot;%3&quot;&gt;%4&lt;/a&gt;), eləcə də hər biri verdiyi faktların yanında göstərilən digər %n mənbədir.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Faktların mənbəyi “%1” məqaləsidir, %2 (lisenziya: &lt;a href=&quot;%3&quot;&gt;%4&lt;/a&gt;), eləcə də hər biri verdiyi faktların yanında göstərilən digər %n mənbədir.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>The other sources: %1.</source>
        <translation>Digər mənbələr: %1.</translation>
    </message>
    <message>
        <source>Credited as their licences ask:</source>
        <translation>Lisenziyalarının tələbi ilə adı çəkilən mənbələr:</translation>
    </message>
</context>
<context>
    <name>azkz::AtomicFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 yazıla bilmir: %2</translation>
    </message>
    <message>
        <source>the content could not be produced</source>
        <translation>məzmun yaradıla bilmədi</translation>
    </message>
    <message>
        <source>Cannot write: no file name was given</source>
        <translation>Yazmaq olmur: fayl adı verilməyib</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>adi fayl deyil</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>%1 qovluğu yoxdur</translation>
    </message>
    <message>
        <source>standard output is closed</source>
        <translation>standart çıxış bağlıdır</translation>
    </message>
</context>
<context>
    <name>azkz::Citation</name>
    <message>
        <source>references %1</source>
        <translation>istinadlar %1</translation>
    </message>
    <message>
        <source>%1 Sources disagree (%2): %3</source>
        <translation>%1 Mənbələr fərqli deyir (%2): %3</translation>
    </message>
    <message>
        <source>Sources disagree: %1</source>
        <translation>Mənbələr fərqli deyir: %1</translation>
    </message>
    <message>
        <source>the article (no reference number given)</source>
        <translation>məqalə (istinad nömrəsi göstərilməyib)</translation>
    </message>
    <message>
        <source>the article, reference %1</source>
        <translation>məqalə, istinad %1</translation>
    </message>
    <message>
        <source>the article, references %1</source>
        <translation>məqalə, istinadlar %1</translation>
    </message>
</context>
<context>
    <name>azkz::CitationCopy</name>
    <message>
        <source>no reference number given</source>
        <translation>istinad nömrəsi göstərilməyib</translation>
    </message>
    <message>
        <source>reference %1</source>
        <translation>istinad %1</translation>
    </message>
    <message>
        <source>references %1</source>
        <translation>istinadlar %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Dil: %1</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Lisenziya: %1</translation>
    </message>
    <message>
        <source>Licence: %1 (%2)</source>
        <translation>Lisenziya: %1 (%2)</translation>
    </message>
    <message>
        <source>Sources: none given in the dataset.</source>
        <translation>Mənbələr: məlumat toplusunda göstərilməyib.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Mənbələr:</translation>
    </message>
    <message>
        <source>Cited for: %1</source>
        <translation>İstinad edilən müddəa: %1</translation>
    </message>
</context>
<context>
    <name>azkz::CitationCopyAction</name>
    <message>
        <source>Copy with &amp;citation</source>
        <translation>İs&amp;tinadla kopyala</translation>
    </message>
    <message>
        <source>Copy the selected item with its sources written out in full, as text, BibTeX and CSL-JSON</source>
        <translation>Seçilmiş elementi mənbələri tam yazılmış halda kopyala: mətn, BibTeX və CSL-JSON kimi</translation>
    </message>
</context>
<context>
    <name>azkz::CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Bu köməyi göstər və çıx.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Versiyanı göstər və çıx.</translation>
    </message>
    <message>
        <source>Interface and content language: az or en.</source>
        <translation>İnterfeysin və məzmunun dili: az və ya en.</translation>
    </message>
    <message>
        <source>Open this tab: overview, missions, timeline or trade.</source>
        <translation>Bu bölməni aç: overview (ümumi baxış), missions (nümayəndəliklər), timeline (xronologiya) və ya trade (ticarət).</translation>
    </message>
    <message>
        <source>Open this dataset file instead of the built-in one.</source>
        <translation>Daxili məlumatların əvəzinə bu məlumat faylını aç.</translation>
    </message>
    <message>
        <source>Check a dataset file, print its problems, exit 0 if valid, 1 if not.</source>
        <translation>Məlumat faylını yoxla, problemlərini yaz; yararlıdırsa 0, deyilsə 1 kodu ilə çıx.</translation>
    </message>
    <message>
        <source>Write the trade chart to FILE (.png, .svg or .pdf) and exit.</source>
        <translation>Ticarət diaqramını FILE faylına (.png, .svg və ya .pdf) yaz və çıx.</translation>
    </message>
    <message>
        <source>Write the trade table to FILE as CSV and exit.</source>
        <translation>Ticarət cədvəlini CSV kimi FILE faylına yaz və çıx.</translation>
    </message>
    <message>
        <source>Write the briefing PDF of the whole dataset to FILE and exit.</source>
        <translation>Bütün məlumatların brifinq PDF-ini FILE faylına yaz və çıx.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Gözlənilməz arqument: %1</translation>
    </message>
    <message>
        <source>--lang takes az or en, not &quot;%1&quot;</source>
        <translation>--lang az və ya en qəbul edir, &quot;%1&quot; yox</translation>
    </message>
    <message>
        <source>--tab takes overview, missions, timeline or trade, not &quot;%1&quot;</source>
        <translation>--tab overview, missions, timeline və ya trade qəbul edir, &quot;%1&quot; yox</translation>
    </message>
    <message>
        <source>--%1 needs a file name</source>
        <translation>--%1 üçün fayl adı lazımdır</translation>
    </message>
    <message>
        <source>--%1 and --%2 name the same file, %3; give each its own</source>
        <translation>--%1 və --%2 eyni faylı göstərir: %3; hər birinə ayrıca fayl verin</translation>
    </message>
    <message>
        <source>--size goes with --export-chart</source>
        <translation>--size yalnız --export-chart ilə birlikdə işlənir</translation>
    </message>
    <message>
        <source>exports cannot be combined with --validate or --tab</source>
        <translation>ixrac seçimləri --validate və ya --tab ilə birlikdə işlənə bilməz</translation>
    </message>
    <message>
        <source>Try &apos;azkz-relations --help&apos;.</source>
        <translation>&apos;azkz-relations --help&apos; əmrini sınayın.</translation>
    </message>
    <message>
        <source>there is no display to open a window on (DISPLAY and WAYLAND_DISPLAY are not set); --export-chart, --export-csv, --export-report and --validate work without one.</source>
        <translation>pəncərəni açmaq üçün ekran yoxdur (DISPLAY və WAYLAND_DISPLAY təyin edilməyib); --export-chart, --export-csv, --export-report və --validate ekransız işləyir.</translation>
    </message>
    <message>
        <source>Nothing exported: the dataset is invalid.</source>
        <translation>Heç nə ixrac edilmədi: məlumat faylı yararsızdır.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 yazıldı</translation>
    </message>
    <message>
        <source>--%1 is given more than once</source>
        <translation>--%1 bir dəfədən çox verilib</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT from 100x100 to 4000x4000, not &quot;%1&quot;</source>
        <translation>--size 100x100-dən 4000x4000-dək ENxHÜNDÜRLÜK qəbul edir, &quot;%1&quot; yox</translation>
    </message>
    <message>
        <source>Size of the exported chart in pixels: a PNG image is WxH pixels (the chart laid out at WxH divided by --scale; default 2400x1400), an SVG drawing is WxH px (default 1200x700). A PDF chart is always an A4 page.</source>
        <translation>İxrac edilən diaqramın piksellə ölçüsü: PNG şəkli WxH piksel olur (diaqram WxH ölçüsünün --scale-ə bölünməsi ilə qurulur; susmaya görə 2400x1400), SVG təsviri WxH px olur (susmaya görə 1200x700). PDF diaqramı həmişə bir A4 səhifəsidir.</translation>
    </message>
    <message>
        <source>Pixels per unit of an exported PNG chart, from 1 to 4 (default 2): higher gives finer text and lines at the same --size.</source>
        <translation>İxrac edilən PNG diaqramında vahidə düşən piksel sayı, 1-dən 4-dək (susmaya görə 2): daha böyük ədəd eyni --size ilə daha aydın mətn və xətlər verir.</translation>
    </message>
    <message>
        <source>--scale takes a number from 1 to 4, such as 2 or 1.5, not &quot;%1&quot;</source>
        <translation>--scale 1-dən 4-dək ədəd qəbul edir, məsələn, 2 və ya 1.5, &quot;%1&quot; yox</translation>
    </message>
    <message>
        <source>--scale goes with --export-chart</source>
        <translation>--scale yalnız --export-chart ilə birlikdə işlənir</translation>
    </message>
    <message>
        <source>Browse the relations between two countries offline, in Azerbaijani or English: the built-in dataset, or any dataset file of the same schema.</source>
        <translation>İki ölkə arasındakı münasibətlərə internetsiz, azərbaycanca və ya ingiliscə baxın: daxili məlumat toplusu və ya eyni sxemli istənilən məlumat faylı.</translation>
    </message>
    <message>
        <source>Write the timeline (its time axis and every event) to FILE (.pdf, .svg or .png) and exit.</source>
        <translation>Xronologiyanı (zaman oxu və bütün hadisələr) FILE faylına (.pdf, .svg və ya .png) yaz və çıx.</translation>
    </message>
    <message>
        <source>With --export-chart and --export-csv: the long trade series as one country reports them (its id, such as az or kz), or mirror, turnover or balance.</source>
        <translation>--export-chart və --export-csv ilə: uzun ticarət sıraları bir ölkənin bildirdiyi kimi (onun identifikatoru, məsələn az və ya kz), yaxud mirror, turnover və ya balance.</translation>
    </message>
    <message>
        <source>With --export-chart and --export-csv: the years of the trade series, such as 2000-2020.</source>
        <translation>--export-chart və --export-csv ilə: ticarət sıralarının illəri, məsələn 2000-2020.</translation>
    </message>
    <message>
        <source>With --export-chart and --export-csv: amounts in thousand or million US dollars.</source>
        <translation>--export-chart və --export-csv ilə: məbləğlər min (thousand) və ya milyon (million) ABŞ dolları ilə.</translation>
    </message>
    <message>
        <source>--trade-view: &quot;%1&quot; is neither of the dataset&apos;s countries (%2, %3) nor mirror, turnover or balance</source>
        <translation>--trade-view: &quot;%1&quot; məlumat faylının ölkələrindən (%2, %3) biri deyil, mirror, turnover və ya balance da deyil</translation>
    </message>
    <message>
        <source>--trade-view takes a country id such as az or kz, or mirror, turnover or balance, not &quot;%1&quot;</source>
        <translation>--trade-view az və ya kz kimi ölkə identifikatoru, yaxud mirror, turnover və ya balance qəbul edir, &quot;%1&quot; yox</translation>
    </message>
    <message>
        <source>--years takes FROM-TO with FROM not after TO, such as 2000-2020, not &quot;%1&quot;</source>
        <translation>--years FROM-TO qəbul edir (FROM TO-dan sonra olmamalıdır), məsələn 2000-2020, &quot;%1&quot; yox</translation>
    </message>
    <message>
        <source>--unit takes thousand or million, not &quot;%1&quot;</source>
        <translation>--unit thousand və ya million qəbul edir, &quot;%1&quot; yox</translation>
    </message>
    <message>
        <source>--%1 takes a file ending in %2, not &quot;%3&quot;</source>
        <translation>--%1 %2 ilə bitən fayl adı qəbul edir, &quot;%3&quot; yox</translation>
    </message>
    <message>
        <source>With --export-chart and a long trade series: mark the timeline&apos;s events on the chart (they are not marked unless asked).</source>
        <translation>--export-chart və uzun ticarət sırası ilə: xronologiyanın hadisələrini diaqramda işarələ (istənilmədikcə işarələnmir).</translation>
    </message>
    <message>
        <source>--trade-view, --years, --unit and --events go with --export-chart or --export-csv</source>
        <translation>--trade-view, --years, --unit və --events yalnız --export-chart və ya --export-csv ilə işlədilir</translation>
    </message>
    <message>
        <source>--%1: the file name &quot;%2&quot; is not valid UTF-8; rename the file or choose a name that is</source>
        <translation>--%1: &quot;%2&quot; fayl adı düzgün UTF-8 mətni deyil; faylın adını dəyişin və ya UTF-8 ilə yazılmış ad seçin</translation>
    </message>
    <message>
        <source>--years: no trade figures from %1 to %2 in this view; its figures run from %3 to %4</source>
        <translation>--years: bu görünüşdə %1–%2 illəri üçün ticarət rəqəmi yoxdur; onun rəqəmləri %3–%4 illərini əhatə edir</translation>
    </message>
    <message>
        <source>--trade-view: the dataset has no figures for the view &quot;%1&quot;</source>
        <translation>--trade-view: məlumat toplusunda &quot;%1&quot; görünüşü üçün rəqəm yoxdur</translation>
    </message>
</context>
<context>
    <name>azkz::DatasetSummary</name>
    <message numerus="yes">
        <source>%n statistical source(s)</source>
        <translation>
            <numerusform>%n statistik mənbə</numerusform>
            <numerusform>%n statistik mənbə</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n official source(s)</source>
        <translation>
            <numerusform>%n rəsmi mənbə</numerusform>
            <numerusform>%n rəsmi mənbə</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n news report(s)</source>
        <translation>
            <numerusform>%n xəbər materialı</numerusform>
            <numerusform>%n xəbər materialı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n legal text(s)</source>
        <translation>
            <numerusform>%n hüquqi sənəd</numerusform>
            <numerusform>%n hüquqi sənəd</numerusform>
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
            <numerusform>daha %n mənbə</numerusform>
            <numerusform>daha %n mənbə</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Mənbələr: %1</translation>
    </message>
</context>
<context>
    <name>azkz::EventCard</name>
    <message>
        <source>Event details</source>
        <translation>Hadisə haqqında</translation>
    </message>
    <message>
        <source>Tab moves between the links, Enter opens one</source>
        <translation>Tab keçidlər arasında gəzir, Enter seçilmiş keçidi açır</translation>
    </message>
    <message>
        <source>No event matches the search and filters.</source>
        <translation>Axtarışa və süzgəclərə uyğun hadisə yoxdur.</translation>
    </message>
    <message>
        <source>Select an event to see it here.</source>
        <translation>Burada görmək üçün hadisə seçin.</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>Şəxslər:</translation>
    </message>
    <message>
        <source>Trade in %1</source>
        <translation>Ticarət (%1)</translation>
    </message>
    <message>
        <source>See:</source>
        <translation>Bax:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Mənbələr:</translation>
    </message>
    <message>
        <source>Not in the article; sources:</source>
        <translation>Məqalədə yoxdur; mənbələr:</translation>
    </message>
</context>
<context>
    <name>azkz::EventsCsv</name>
    <message>
        <source>Source: “%1”, %2. Licence: %3.</source>
        <translation>Mənbə: “%1”, %2. Lisenziya: %3.</translation>
    </message>
    <message>
        <source>Date (ISO 8601)</source>
        <translation>Tarix (ISO 8601)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kateqoriya</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Mətn</translation>
    </message>
    <message>
        <source>References</source>
        <translation>İstinadlar</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Mənbələr</translation>
    </message>
    <message>
        <source>Sources disagree</source>
        <translation>Mənbələr fərqli deyir</translation>
    </message>
</context>
<context>
    <name>azkz::EventsModel</name>
    <message>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Hadisə</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kateqoriya</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Məqalə</translation>
    </message>
    <message>
        <source>Other sources</source>
        <translation>Digər mənbələr</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Mənbə</translation>
    </message>
</context>
<context>
    <name>azkz::ExportFormatText</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG şəkli (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG təsviri (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF sənədi (*.pdf)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV faylı (*.csv)</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <extracomment>A list of file name endings: &quot;%1&quot; is &quot;.png, .svg&quot;, &quot;%2&quot; is &quot;.pdf&quot;.</extracomment>
        <translation>%1 və ya %2</translation>
    </message>
    <message>
        <source>Cannot export %1: the name must end in %2</source>
        <translation>%1 ixrac edilə bilmir: ad %2 ilə bitməlidir</translation>
    </message>
</context>
<context>
    <name>azkz::ExportProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>İmtina</translation>
    </message>
    <message>
        <source>Laying out the pages: page %1 of %2…</source>
        <translation>Səhifələr düzülür: səhifə %1 / %2…</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>Səhifə yazılır: %1 / %2…</translation>
    </message>
    <message>
        <source>Stopped: %1 was not written</source>
        <translation>Dayandırıldı: %1 faylı yazılmadı</translation>
    </message>
</context>
<context>
    <name>azkz::ExportSizeDialog</name>
    <message>
        <source>Chart size</source>
        <translation>Diaqramın ölçüsü</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;En:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Hündürlük:</translation>
    </message>
    <message>
        <source>&amp;Pixel ratio:</source>
        <translation>&amp;Piksel nisbəti:</translation>
    </message>
    <message>
        <source>The chart is laid out at the size divided by this and drawn this many times finer: 2 gives a sharp image on high-resolution screens and in print</source>
        <translation>Diaqram bu ədədə bölünmüş ölçüdə qurulur və bu qədər dəfə daha dəqiq çəkilir: 2 yüksək ayırdetməli ekranlarda və çapda aydın görüntü verir</translation>
    </message>
</context>
<context>
    <name>azkz::FactsModel</name>
    <message>
        <source>Diplomatic relations established</source>
        <translation>Diplomatik münasibətlər qurulub</translation>
    </message>
    <message>
        <source>Diplomatic missions</source>
        <translation>Diplomatik nümayəndəliklər</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Trade turnover in %1</source>
        <translation>Ticarət dövriyyəsi (%1)</translation>
    </message>
    <message>
        <source>Timeline events</source>
        <translation>Xronologiyadakı hadisələr</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Mənbə</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fakt</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Məlumat</translation>
    </message>
    <message>
        <source>Click to open the Diplomatic missions tab</source>
        <translation>Diplomatik nümayəndəliklər bölməsini açmaq üçün klikləyin</translation>
    </message>
    <message>
        <source>Click to open the Timeline tab</source>
        <translation>Xronologiya bölməsini açmaq üçün klikləyin</translation>
    </message>
    <message>
        <source>Latest turnover as reported by %1</source>
        <translation>Son ümumi dövriyyə (%1 məlumatları)</translation>
    </message>
    <message>
        <source>%1 %2 in %3: its exports and imports added (%4)</source>
        <translation>%3 ili üzrə %1 %2: ixrac və idxalın cəmi (%4)</translation>
    </message>
    <message>
        <source>%1 Also given: %2</source>
        <translation>%1 Digər versiyalar: %2</translation>
    </message>
    <message>
        <source>Trade turnover in %1, rounded in the source</source>
        <translation>Ticarət dövriyyəsi (%1), mənbədə yuvarlaqlaşdırılmış</translation>
    </message>
    <message>
        <source>%1 (≈ %2 million)</source>
        <translation>%1 (≈ %2 milyon)</translation>
    </message>
</context>
<context>
    <name>azkz::FileError</name>
    <message>
        <source>no space left on the device</source>
        <translation>diskdə yer qalmayıb</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>icazə yoxdur</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>fayl sistemi yalnız oxumaq üçündür</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>belə fayl və ya qovluq yoxdur</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>yolun bir hissəsi qovluq deyil</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>bu, qovluqdur</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>ad çox uzundur</translation>
    </message>
    <message>
        <source>the file is too large for the file system</source>
        <translation>fayl bu fayl sistemi üçün çox böyükdür</translation>
    </message>
    <message>
        <source>input/output error (the device could not be read or written)</source>
        <translation>giriş/çıxış xətası (qurğudan oxumaq və ya ona yazmaq olmadı)</translation>
    </message>
    <message>
        <source>no program is reading from it</source>
        <translation>ondan oxuyan proqram yoxdur</translation>
    </message>
    <message>
        <source>the program reading from it has stopped</source>
        <translation>ondan oxuyan proqram dayanıb</translation>
    </message>
    <message>
        <source>too many symbolic links</source>
        <translation>simvolik keçidlərin sayı həddən artıqdır</translation>
    </message>
</context>
<context>
    <name>azkz::Formatting</name>
    <message>
        <source>Source article, reference %1</source>
        <translation>Mənbə: məqalə, istinad %1</translation>
    </message>
    <message>
        <source>Source article, references %1</source>
        <translation>Mənbə: məqalə, istinadlar %1</translation>
    </message>
</context>
<context>
    <name>azkz::MainWindow</name>
    <message>
        <source>The interface translation could not be loaded.</source>
        <translation>İnterfeysin tərcüməsi yüklənə bilmədi.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the dataset</source>
        <translation>
            <numerusform>Məlumat faylında %n problem</numerusform>
            <numerusform>Məlumat faylında %n problem</numerusform>
        </translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Hesabatı ixrac et</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>window title: dataset title, file name</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Relations between two countries</source>
        <translation>İki ölkə arasındakı münasibətlər</translation>
    </message>
    <message>
        <source>Settings cannot be saved in %1: the window&apos;s size, tab and language will not be remembered</source>
        <translation>Parametrlər %1 faylında saxlanıla bilmir: pəncərənin ölçüsü, bölməsi və dili yadda saxlanılmayacaq</translation>
    </message>
    <message>
        <source>%1 was read again</source>
        <translation>%1 faylı yenidən oxundu</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bölmələr</translation>
    </message>
</context>
<context>
    <name>azkz::MissionsModel</name>
    <message>
        <source>Embassy</source>
        <translation>Səfirlik</translation>
    </message>
    <message>
        <source>Consulate General</source>
        <translation>Baş konsulluq</translation>
    </message>
    <message>
        <source>Consulate</source>
        <translation>Konsulluq</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <source>Sending country</source>
        <translation>Göndərən ölkə</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Şəhər</translation>
    </message>
    <message>
        <source>Head of mission</source>
        <translation>Nümayəndəliyin rəhbəri</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Ünvan</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Təsis edilib</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Açılıb</translation>
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
        <translation>Mənbələrdə göstərilməyib</translation>
    </message>
    <message>
        <source>%1, as of %2</source>
        <translation>%1, %2 məlumatına görə</translation>
    </message>
</context>
<context>
    <name>azkz::MissionsPage</name>
    <message>
        <source>Diplomatic missions</source>
        <translation>Diplomatik nümayəndəliklər</translation>
    </message>
    <message>
        <source>Mission details</source>
        <translation>Nümayəndəlik haqqında</translation>
    </message>
    <message>
        <source>Select a mission to see its details.</source>
        <translation>Təfərrüatı görmək üçün nümayəndəlik seçin.</translation>
    </message>
    <message>
        <source>Filter missions…</source>
        <translation>Nümayəndəlikləri süz…</translation>
    </message>
    <message>
        <source>Filter the missions</source>
        <translation>Nümayəndəlikləri süzmək</translation>
    </message>
    <message>
        <source>Map of the missions</source>
        <translation>Nümayəndəliklərin xəritəsi</translation>
    </message>
    <message>
        <source>Click a city, or use Left and Right, to select its mission</source>
        <translation>Nümayəndəliyi seçmək üçün şəhərə klikləyin və ya Sol və Sağ düymələrindən istifadə edin</translation>
    </message>
    <message>
        <source>Each country&apos;s missions in the other</source>
        <translation>Hər ölkənin digərindəki nümayəndəlikləri</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>Göndərən: %1 · Qəbul edən: %2</translation>
    </message>
    <message>
        <source>In the timeline</source>
        <translation>Xronologiyada</translation>
    </message>
    <message>
        <source>The arrow keys choose a mission; its details are shown in the card</source>
        <translation>Ox düymələri ilə nümayəndəlik seçilir; onun məlumatları kartda göstərilir</translation>
    </message>
    <message>
        <source>Tab moves through the links to the timeline</source>
        <translation>Tab düyməsi xronologiyaya aparan keçidlər arasında gəzir</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>Ünvanı ko&amp;pyala</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Ünvanı kopyala</translation>
    </message>
    <message>
        <source>Choosing an entry selects that mission</source>
        <translation>Siyahıdan bir sətir seçəndə həmin nümayəndəlik seçilir</translation>
    </message>
    <message>
        <source>Address copied to the clipboard</source>
        <translation>Ünvan mübadilə buferinə kopyalandı</translation>
    </message>
    <message>
        <source>Not on the map (no coordinates in the dataset): %1</source>
        <translation>Xəritədə yoxdur (məlumat faylında koordinatları verilməyib): %1</translation>
    </message>
    <message>
        <source>and %1 more: go on in the timeline</source>
        <translation>və daha %1 hadisə: xronologiyada davam edin</translation>
    </message>
    <message>
        <source>Heads of mission, the latest known first</source>
        <translation>Nümayəndəlik rəhbərləri (sonuncu məlum rəhbərdən başlayaraq)</translation>
    </message>
    <message>
        <source>Copy the selected mission&apos;s name, address and country to the clipboard</source>
        <translation>Seçilmiş nümayəndəliyin adını, ünvanını və ölkəsini mübadilə buferinə kopyala</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Süzgəci təmizlə</translation>
    </message>
    <message>
        <source>The diplomatic missions could not be printed.</source>
        <translation>Diplomatik nümayəndəlikləri çap etmək mümkün olmadı.</translation>
    </message>
</context>
<context>
    <name>azkz::OverviewPage</name>
    <message>
        <source>Key facts</source>
        <translation>Əsas faktlar</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Məqalənin mətni</translation>
    </message>
    <message>
        <source>Source: “%1”, %2. Licence: %3.</source>
        <translation>Mənbə: “%1”, %2. Lisenziya: %3.</translation>
    </message>
    <message>
        <source>Reference [%1] of the article “%2”, %3</source>
        <translation>“%2” məqaləsinin [%1] istinadı, %3</translation>
    </message>
    <message>
        <source>&amp;Key facts</source>
        <translation>Ə&amp;sas faktlar</translation>
    </message>
    <message>
        <source>Press Enter on the number of missions or events to open its tab</source>
        <translation>Bölməsini açmaq üçün nümayəndəliklərin və ya hadisələrin sayı üzərində Enter düyməsini basın</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>Mündə&amp;ricat</translation>
    </message>
    <message>
        <source>Contents of the article</source>
        <translation>Məqalənin mündəricatı</translation>
    </message>
    <message>
        <source>Press Enter to go to a section of the article</source>
        <translation>Məqalənin bölməsinə keçmək üçün Enter düyməsini basın</translation>
    </message>
    <message>
        <source>Latest &amp;events</source>
        <translation>Son &amp;hadisələr</translation>
    </message>
    <message>
        <source>Latest events</source>
        <translation>Son hadisələr</translation>
    </message>
    <message>
        <source>Press Enter to open an event in the timeline</source>
        <translation>Hadisəni xronologiyada açmaq üçün Enter düyməsini basın</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>an event&apos;s date, its title</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The overview could not be printed.</source>
        <translation>Ümumi baxışı çap etmək mümkün olmadı.</translation>
    </message>
</context>
<context>
    <name>azkz::Printing</name>
    <message>
        <source>Cannot print</source>
        <translation>Çap etmək mümkün deyil</translation>
    </message>
    <message>
        <source>This cannot be printed: %1</source>
        <translation>Bu, çap edilə bilmir: %1</translation>
    </message>
</context>
<context>
    <name>azkz::ProblemsView</name>
    <message>
        <source>Copied %1</source>
        <translation>Kopyalandı: %1</translation>
    </message>
    <message>
        <source>The dataset %1 cannot be opened. Nothing from it is shown until these problems are fixed:</source>
        <translation>%1 məlumat faylı açıla bilmir. Bu problemlər düzəldilənədək ondan heç nə göstərilmir:</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s): the last good version stays on screen until they are fixed. Click a problem to copy its place in the file.</source>
        <translation>
            <numerusform>%1 faylında %n problem var: fayl düzəldilənə qədər son düzgün versiya ekranda qalır. Problemin fayldakı yerini kopyalamaq üçün onun üzərinə klikləyin.</numerusform>
            <numerusform>%1 faylında %n problem var: fayl düzəldilənə qədər son düzgün versiya ekranda qalır. Problemin fayldakı yerini kopyalamaq üçün onun üzərinə klikləyin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems in the dataset</source>
        <translation>Məlumat faylındakı problemlər</translation>
    </message>
    <message>
        <source>the built-in dataset</source>
        <translation>daxili məlumat toplusu</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be opened: it has %n problem(s). The window still shows %2. Click a problem to copy its place in the file.</source>
        <translation>
            <numerusform>%1 faylı açıla bilmir: onda %n problem var. Pəncərədə hələ də %2 göstərilir. Problemin fayldakı yerini kopyalamaq üçün onun üzərinə klikləyin.</numerusform>
            <numerusform>%1 faylı açıla bilmir: onda %n problem var. Pəncərədə hələ də %2 göstərilir. Problemin fayldakı yerini kopyalamaq üçün onun üzərinə klikləyin.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>azkz::ReadingIndicator</name>
    <message>
        <source>Reading %1…</source>
        <translation>%1 oxunur…</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 oxunur</translation>
    </message>
</context>
<context>
    <name>azkz::RecentDatasets</name>
    <message>
        <source>No datasets opened yet</source>
        <translation>Hələ heç bir məlumat faylı açılmayıb</translation>
    </message>
</context>
<context>
    <name>azkz::ReportLayout</name>
    <message>
        <source>page %1 of %2</source>
        <translation>səhifə %1 / %2</translation>
    </message>
</context>
<context>
    <name>azkz::ReportWriter</name>
    <message>
        <source>Key facts</source>
        <translation>Əsas faktlar</translation>
    </message>
    <message>
        <source>Diplomatic missions</source>
        <translation>Diplomatik nümayəndəliklər</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Xronologiya</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Mənbə</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Ticarət</translation>
    </message>
    <message>
        <source>Sources and licence</source>
        <translation>Mənbələr və lisenziya</translation>
    </message>
    <message>
        <source>Cannot write %1: the briefing PDF holds up to %2 events and %3 characters of text, and this dataset has %4 events and %5 characters. Export the timeline as CSV from the Timeline tab instead.</source>
        <translation>%1 yazıla bilmir: brifinq PDF-i ən çoxu %2 hadisə və %3 simvol mətn tuta bilir, bu məlumat faylında isə %4 hadisə və %5 simvol var. Bunun əvəzinə Xronologiya bölməsindən xronologiyanı CSV kimi ixrac edin.</translation>
    </message>
    <message>
        <source>Briefing: overview, diplomatic missions, timeline and trade</source>
        <translation>Brifinq: ümumi baxış, diplomatik nümayəndəliklər, xronologiya və ticarət</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Məlumat faylı</translation>
    </message>
    <message>
        <source>%1, schema version %2</source>
        <translation>%1, sxem versiyası %2</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Hazırlanma tarixi</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>“%1”, %2. Licence: %3 (%4). Reference numbers as the article gives them: %5.</source>
        <translation>“%1”, %2. Lisenziya: %3 (%4). Məqalədə verildiyi kimi istinad nömrələri: %5.</translation>
    </message>
    <message>
        <source>licence: %1</source>
        <translation>lisenziya: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Ünvan: %1</translation>
    </message>
    <message>
        <source>Every fact in this report comes from the sources above; numbers in brackets are the article&apos;s reference numbers. Made with azkz-relations %1.</source>
        <translation>Bu hesabatdakı bütün faktlar yuxarıdakı mənbələrdəndir; mötərizədəki rəqəmlər məqalənin istinad nömrələridir. azkz-relations %1 ilə hazırlanıb.</translation>
    </message>
    <message>
        <source>Heads of mission, the latest known first</source>
        <translation>Nümayəndəlik rəhbərləri (sonuncu məlum rəhbərdən başlayaraq)</translation>
    </message>
    <message>
        <source>Source: “%1”, %2. Licence: %3.</source>
        <translation>Mənbə: “%1”, %2. Lisenziya: %3.</translation>
    </message>
</context>
<context>
    <name>azkz::SaveDialogs</name>
    <message>
        <source>Could not save</source>
        <translation>Saxlamaq alınmadı</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 saxlanıldı</translation>
    </message>
    <message>
        <source>Open dataset</source>
        <translation>Məlumat faylını aç</translation>
    </message>
    <message>
        <source>Datasets (*.json)</source>
        <translation>Məlumat faylları (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Bütün fayllar (*)</translation>
    </message>
</context>
<context>
    <name>azkz::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klaviatura qısayolları</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Əmr</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Düymələr</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between two shortcuts of one command</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Moving around</source>
        <translation>Hərəkət</translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation>Sonrakı və ya əvvəlki idarəetmə elementi</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Arrow keys, Home, End, Page Up, Page Down</source>
        <translation>Ox düymələri, Home, End, Page Up, Page Down</translation>
    </message>
    <message>
        <source>Open what is selected (a link, a fact, an event)</source>
        <translation>Seçiləni açmaq (keçid, fakt, hadisə)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open a menu or press a button by its underlined letter</source>
        <translation>Menyunu açmaq və ya düyməni basmaq: altından xətt çəkilmiş hərflə</translation>
    </message>
    <message>
        <source>Alt+letter</source>
        <translation>Alt+hərf</translation>
    </message>
    <message>
        <source>Inside a list, a table or the time axis</source>
        <translation>Siyahı, cədvəl və ya zaman oxu daxilində</translation>
    </message>
    <message>
        <source>Whole window</source>
        <translation>Bütün pəncərə</translation>
    </message>
</context>
<context>
    <name>azkz::SourcesDialog</name>
    <message>
        <source>Sources</source>
        <translation>Mənbələr</translation>
    </message>
    <message>
        <source>Filter sources…</source>
        <translation>Mənbələri süz…</translation>
    </message>
    <message>
        <source>Filter the sources</source>
        <translation>Mənbələri süzmək</translation>
    </message>
    <message>
        <source>Shows the sources whose publisher, title, date, kind, language, licence or address holds the text</source>
        <translation>Naşiri, başlığı, tarixi, növü, dili, lisenziyası və ya ünvanı bu mətni ehtiva edən mənbələri göstərir</translation>
    </message>
    <message>
        <source>Sources of the dataset</source>
        <translation>Məlumat toplusunun mənbələri</translation>
    </message>
    <message>
        <source>The arrow keys choose a source; the statements that rest on it are listed below</source>
        <translation>Ox düymələri mənbəni seçir; ona əsaslanan müddəalar aşağıda sadalanır</translation>
    </message>
    <message>
        <source>Statements that rest on the selected source</source>
        <translation>Seçilmiş mənbəyə əsaslanan müddəalar</translation>
    </message>
    <message>
        <source>Enter opens the statement in its tab</source>
        <translation>Enter müddəanı öz bölməsində açır</translation>
    </message>
    <message>
        <source>%1 of %2 sources</source>
        <translation>%2 mənbədən %1</translation>
    </message>
    <message>
        <source>&amp;Statements: choose a source above</source>
        <translation>&amp;Müddəalar: yuxarıda mənbə seçin</translation>
    </message>
    <message>
        <source>&amp;Statements that rest on it: %1</source>
        <translation>Ona əsaslanan &amp;müddəalar: %1</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Süzgəci təmizlə</translation>
    </message>
</context>
<context>
    <name>azkz::SourcesModel</name>
    <message>
        <source>Article</source>
        <translation>Məqalə</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistika</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Rəsmi mənbə</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Xəbər</translation>
    </message>
    <message>
        <source>Legal text</source>
        <translation>Hüquqi sənəd</translation>
    </message>
    <message>
        <source>Diplomatic relations established: %1</source>
        <translation>Diplomatik münasibətlərin qurulması: %1</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>established</source>
        <translation>təsis edilib</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>açılıb</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: its place on the map</source>
        <translation>%1: xəritədəki yeri</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Trade in %1</source>
        <translation>Ticarət (%1)</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>İxrac</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>İdxal</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Naşir</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Dərc tarixi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisenziya</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Müddəalar</translation>
    </message>
    <message>
        <source>The article&apos;s text: %1</source>
        <translation>Məqalənin mətni: %1</translation>
    </message>
    <message>
        <source>%1 as %2 reports them, %3</source>
        <translation>%1, %2 tərəfinin məlumatı, %3</translation>
    </message>
</context>
<context>
    <name>azkz::TimeAxis</name>
    <message>
        <source>Zoom the time axis in</source>
        <translation>Zaman oxunda miqyası böyüt</translation>
    </message>
    <message>
        <source>Zoom the time axis out</source>
        <translation>Zaman oxunda miqyası kiçilt</translation>
    </message>
    <message>
        <source>Show all years on the time axis</source>
        <translation>Zaman oxunda bütün illəri göstər</translation>
    </message>
</context>
<context>
    <name>azkz::TimelineExport</name>
    <message>
        <source>%1 of %2 events, as the filters of the Timeline tab show them.</source>
        <translation>%2 hadisədən %1 hadisə — Xronologiya bölməsinin süzgəclərinə görə.</translation>
    </message>
    <message>
        <source>A dot is an event of a day or a month; a bar, of a year, a decade or a longer span. An open ring joined to a dot is another date a source gives for it.</source>
        <translation>Nöqtə bir günün və ya bir ayın hadisəsidir; zolaq bir ilin, onilliyin və ya daha uzun dövrün hadisəsidir. Nöqtəyə birləşən boş halqa hansısa mənbənin həmin hadisə üçün verdiyi başqa tarixdir.</translation>
    </message>
    <message>
        <source>// marks where the line of years is shortened over decades with no event.</source>
        <translation>// işarəsi illər xəttinin heç bir hadisə olmayan onilliklər boyunca qısaldıldığı yeri göstərir.</translation>
    </message>
    <message>
        <source>Cannot write %1: the list of the %2 events shown would make a picture %3 px tall, and a timeline picture is at most %4 px. Export the timeline as PDF, narrow the filters, or export the events as CSV instead.</source>
        <translation>%1 yazıla bilmir: göstərilən %2 hadisənin siyahısı üçün təsvirin hündürlüyü %3 piksel olardı, xronologiya təsviri isə ən çoxu %4 piksel ola bilər. Xronologiyanı PDF kimi ixrac edin, süzgəcləri daraldın və ya hadisələri CSV kimi ixrac edin.</translation>
    </message>
    <message>
        <source>a timeline document holds up to %1 events, and %2 are shown. Narrow the filters, or export the events as CSV instead.</source>
        <translation>xronologiya sənədinə ən çoxu %1 hadisə sığır, göstərilən hadisələrin sayı isə: %2. Süzgəcləri daraldın və ya hadisələri CSV kimi ixrac edin.</translation>
    </message>
    <message>
        <source>a timeline document holds up to %1 characters of text, and the %2 events shown have %3 with their sources and disputed versions. Narrow the filters, or export the events as CSV instead.</source>
        <translation>xronologiya sənədinə ən çoxu %1 simvol mətn sığır, göstərilən hadisələrin (sayı: %2) mətni isə mənbələri və mübahisəli versiyaları ilə birlikdə %3 simvoldur. Süzgəcləri daraldın və ya hadisələri CSV kimi ixrac edin.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 yazıla bilmir: %2</translation>
    </message>
    <message numerus="yes">
        <source>Events from the article %1 and from %n other source(s).</source>
        <translation>
            <numerusform>Hadisələr məqalədən (%1) və %n başqa mənbədən götürülüb.</numerusform>
            <numerusform>Hadisələr məqalədən (%1) və %n başqa mənbədən götürülüb.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Events from the article %1 and from %n other source(s), each named with the events it gives.</source>
        <translation>
            <numerusform>Hadisələr məqalədən (%1) və %n başqa mənbədən götürülüb; hər mənbə verdiyi hadisələrin yanında göstərilir.</numerusform>
            <numerusform>Hadisələr məqalədən (%1) və %n başqa mənbədən götürülüb; hər mənbə verdiyi hadisələrin yanında göstərilir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>azkz::TimelineFilterBar</name>
    <message>
        <source>Categories:</source>
        <translation>Kateqoriyalar:</translation>
    </message>
    <message>
        <source>Show the category %1</source>
        <translation>“%1” kateqoriyasını göstər</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation>İ&amp;llər:</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>Başlanğıc il</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>Son il</translation>
    </message>
    <message>
        <source>So&amp;urces:</source>
        <translation>Mən&amp;bələr:</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Bütün mənbələr</translation>
    </message>
    <message>
        <source>The article only</source>
        <translation>Yalnız məqalə</translation>
    </message>
    <message>
        <source>Which sources&apos; events to show</source>
        <translation>Hansı mənbələrin hadisələri göstərilsin</translation>
    </message>
    <message>
        <source>The article only: leave out the events that only other sources give</source>
        <translation>Yalnız məqalə: yalnız digər mənbələrin verdiyi hadisələri göstərmə</translation>
    </message>
</context>
<context>
    <name>azkz::TimelineModel</name>
    <message numerus="yes">
        <source>%1 — %n event(s)</source>
        <translation>
            <numerusform>%1 — %n hadisə</numerusform>
            <numerusform>%1 — %n hadisə</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>azkz::TimelinePage</name>
    <message>
        <source>Search the timeline</source>
        <translation>Xronologiyada axtarış</translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>%2 hadisədən %1</translation>
    </message>
    <message>
        <source>Search titles and texts… (Ctrl+F)</source>
        <translation>Başlıqlarda və mətnlərdə axtar… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Case and diacritics are ignored: “aliyev” finds “Əliyev”. Esc clears.</source>
        <translation>Böyük-kiçik hərf və diakritik işarələr nəzərə alınmır: “aliyev” “Əliyev”i tapır. Esc təmizləyir.</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV kimi ixrac et…</translation>
    </message>
    <message>
        <source>Save the events shown as a CSV file</source>
        <translation>Göstərilən hadisələri CSV faylı kimi saxla</translation>
    </message>
    <message>
        <source>Time axis</source>
        <translation>Zaman oxu</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>Hadisələri ixrac et</translation>
    </message>
    <message>
        <source>Ctrl+wheel or +/− zooms, dragging or the wheel pans, 0 shows all</source>
        <translation>Ctrl+təkər və ya +/− miqyası dəyişir, sürükləmə və ya təkər sürüşdürür, 0 hamısını göstərir</translation>
    </message>
    <message>
        <source>Clear the timeline search</source>
        <translation>Xronologiyada axtarışı təmizlə</translation>
    </message>
    <message>
        <source>Export the events shown as CSV</source>
        <translation>Göstərilən hadisələri CSV kimi ixrac et</translation>
    </message>
    <message>
        <source>The timeline could not be printed.</source>
        <translation>Xronologiyanı çap etmək mümkün olmadı.</translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation>Xronologiyanı ixrac et</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Axtarışı təmizlə</translation>
    </message>
    <message>
        <source>Timeline events: %1</source>
        <translation>Xronologiyadakı hadisələr: %1</translation>
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
        <translation> (dövriyyənin %1%-i)</translation>
    </message>
    <message>
        <source>Trade between %1 and %2, as reported by %1</source>
        <translation>%1 ilə %2 arasında ticarət (%1 məlumatları)</translation>
    </message>
    <message>
        <source>Exports and imports as shares of turnover, as reported by %1</source>
        <translation>İxrac və idxalın dövriyyədə payı (%1 məlumatları)</translation>
    </message>
    <message>
        <source>Share of turnover, %</source>
        <translation>Dövriyyədə pay, %</translation>
    </message>
    <message>
        <source>Exports to %1</source>
        <translation>%1 ölkəsinə ixrac</translation>
    </message>
    <message>
        <source>Imports from %1</source>
        <translation>%1 ölkəsindən idxal</translation>
    </message>
    <message>
        <source>%1 (selected)</source>
        <translation>%1 (seçilib)</translation>
    </message>
</context>
<context>
    <name>azkz::TradeCommands</name>
    <message>
        <source>Export &amp;chart…</source>
        <translation>&amp;Diaqramı ixrac et…</translation>
    </message>
    <message>
        <source>Save the chart as PNG, SVG or PDF</source>
        <translation>Diaqramı PNG, SVG və ya PDF kimi saxla</translation>
    </message>
    <message>
        <source>Export &amp;data as CSV…</source>
        <translation>&amp;Məlumatları CSV kimi ixrac et…</translation>
    </message>
    <message>
        <source>Save the table as a CSV file</source>
        <translation>Cədvəli CSV faylı kimi saxla</translation>
    </message>
    <message>
        <source>Cop&amp;y chart image</source>
        <translation>Diaqramın şəklini &amp;kopyala</translation>
    </message>
    <message>
        <source>Copy the chart as an image, to paste into a document</source>
        <translation>Diaqramı sənədə yapışdırmaq üçün şəkil kimi kopyala</translation>
    </message>
</context>
<context>
    <name>azkz::TradeCsv</name>
    <message>
        <source>Source: “%1”, %2, references %3. Licence: %4.</source>
        <translation>Mənbə: “%1”, %2, istinadlar %3. Lisenziya: %4.</translation>
    </message>
</context>
<context>
    <name>azkz::TradeModel</name>
    <message>
        <source>Year</source>
        <translation>İl</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>İxrac</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>İdxal</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>Ümumi dövriyyə</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>No figure for the previous year</source>
        <translation>Əvvəlki il üçün rəqəm yoxdur</translation>
    </message>
    <message>
        <source>Change on previous year</source>
        <translation>Əvvəlki ilə nisbətən dəyişmə</translation>
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
        <translation>%1 · %2 (%3 statistikası)</translation>
    </message>
</context>
<context>
    <name>azkz::TradePage</name>
    <message>
        <source>Trade chart</source>
        <translation>Ticarət diaqramı</translation>
    </message>
    <message>
        <source>Trade by year, %1</source>
        <translation>İllər üzrə ticarət, %1</translation>
    </message>
    <message>
        <source>Grouped bars</source>
        <translation>Qruplaşdırılmış sütunlar</translation>
    </message>
    <message>
        <source>Stacked bars</source>
        <translation>Yığılmış sütunlar</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Xətlər</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Dəyərlər</translation>
    </message>
    <message>
        <source>Shares of turnover</source>
        <translation>Dövriyyədə paylar</translation>
    </message>
    <message>
        <source>Chart type</source>
        <translation>Diaqramın növü</translation>
    </message>
    <message>
        <source>How the chart draws the figures</source>
        <translation>Diaqramda rəqəmlərin göstərilmə üsulu</translation>
    </message>
    <message>
        <source>Values or shares</source>
        <translation>Dəyərlər və ya paylar</translation>
    </message>
    <message>
        <source>Show amounts, or exports and imports as shares of turnover</source>
        <translation>Məbləğləri, ya da ixrac və idxalı dövriyyədə pay kimi göstər</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Çap et…</translation>
    </message>
    <message>
        <source>Print the chart, the table and the source on one page</source>
        <translation>Diaqramı, cədvəli və mənbəni bir səhifədə çap et</translation>
    </message>
    <message>
        <source>Trade tools</source>
        <translation>Ticarət bölməsinin alətlər paneli</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diaqramı ixrac et</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Məlumatları ixrac et</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Digər</translation>
    </message>
    <message>
        <source>More trade commands</source>
        <translation>Ticarət bölməsinin digər əmrləri</translation>
    </message>
    <message>
        <source>Copy the chart image, export the data as CSV, print</source>
        <translation>Diaqramın şəklini kopyala, məlumatları CSV kimi ixrac et, çap et</translation>
    </message>
    <message>
        <source>Chart image copied</source>
        <translation>Diaqramın şəkli kopyalandı</translation>
    </message>
</context>
<context>
    <name>azkz::TradeSeriesChart</name>
    <message>
        <source>No trade figures</source>
        <translation>Ticarət rəqəmləri yoxdur</translation>
    </message>
    <message>
        <source>%1 · %2 (click to open it in the timeline)</source>
        <translation>%1 · %2 (xronologiyada açmaq üçün klikləyin)</translation>
    </message>
    <message>
        <source>Events of the timeline</source>
        <translation>Xronologiyanın hadisələri</translation>
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
            <numerusform>%n sətir kopyalandı</numerusform>
            <numerusform>%n sətir kopyalandı</numerusform>
        </translation>
    </message>
    <message>
        <source>From year</source>
        <translation>Başlanğıc il</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>Son il</translation>
    </message>
    <message>
        <source>First year shown; or drag across the chart</source>
        <translation>Göstərilən ilk il; diaqram üzərində siçanı sürüşdürərək də seçmək olar</translation>
    </message>
    <message>
        <source>Last year shown; or drag across the chart</source>
        <translation>Göstərilən son il; diaqram üzərində siçanı sürüşdürərək də seçmək olar</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Bütün illər</translation>
    </message>
    <message>
        <source>Show every year there are figures for</source>
        <translation>Rəqəmi olan bütün illəri göstər</translation>
    </message>
    <message>
        <source>Amounts in thousands of US dollars</source>
        <translation>Məbləğlər min ABŞ dolları ilə</translation>
    </message>
    <message>
        <source>Amounts in millions of US dollars</source>
        <translation>Məbləğlər milyon ABŞ dolları ilə</translation>
    </message>
    <message>
        <source>Copy the selected rows</source>
        <translation>Seçilmiş sətirləri kopyala</translation>
    </message>
    <message>
        <source>Timeline events on the chart</source>
        <translation>Diaqramda xronologiya hadisələri</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Məqalə</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Güzgü</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>Ümumi dövriyyə</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>The article&apos;s table</source>
        <translation>Məqalənin cədvəli</translation>
    </message>
    <message>
        <source>%1&apos;s own figures</source>
        <translation>%1 tərəfinin öz rəqəmləri</translation>
    </message>
    <message>
        <source>This dataset has no figures for this view</source>
        <translation>Bu məlumat toplusunda bu görünüş üçün rəqəm yoxdur</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Görünüş</translation>
    </message>
    <message>
        <source>Whose figures the chart and the table show: the article&apos;s table, one country&apos;s own figures, both countries&apos; figures of each flow side by side (mirror), turnover or balance</source>
        <translation>Diaqram və cədvəlin kimin rəqəmlərini göstərdiyi: məqalənin cədvəli, bir ölkənin öz rəqəmləri, hər axın üzrə hər iki ölkənin rəqəmləri yan-yana (güzgü), ümumi dövriyyə və ya saldo</translation>
    </message>
    <message>
        <source>Trade chart</source>
        <translation>Ticarət diaqramı</translation>
    </message>
    <message>
        <source>Trade by year, %1</source>
        <translation>İllər üzrə ticarət, %1</translation>
    </message>
    <message>
        <source>Each flow as the exporter and the importer report it</source>
        <translation>Hər axın ixracatçının və idxalçının bildirdiyi kimi</translation>
    </message>
    <message>
        <source>The article&apos;s table, %1</source>
        <translation>Məqalənin cədvəli, %1</translation>
    </message>
</context>
<context>
    <name>azkz::TradeSeriesModel</name>
    <message>
        <source>Exports %1 → %2 (%3 figures)</source>
        <translation>İxrac %1 → %2 (%3 məlumatları)</translation>
    </message>
    <message>
        <source>Imports %1 → %2 (%3 figures)</source>
        <translation>İdxal %1 → %2 (%3 məlumatları)</translation>
    </message>
    <message>
        <source>Turnover (%1 figures)</source>
        <translation>Ümumi dövriyyə (%1 məlumatları)</translation>
    </message>
    <message>
        <source>Balance of %1 (%1 figures)</source>
        <translation>%1 üçün saldo (%1 məlumatları)</translation>
    </message>
    <message>
        <source>Gap %1 → %2, % of the exporter&apos;s figure</source>
        <translation>Fərq %1 → %2, ixracatçının rəqəminə nisbətən %</translation>
    </message>
    <message>
        <source>thousand US dollars</source>
        <translation>min ABŞ dolları</translation>
    </message>
    <message>
        <source>million US dollars</source>
        <translation>milyon ABŞ dolları</translation>
    </message>
    <message>
        <source>%1 (estimate)</source>
        <translation>%1 (təxmini)</translation>
    </message>
    <message>
        <source>%1 (provisional)</source>
        <translation>%1 (ilkin)</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Mənbələr: %1</translation>
    </message>
    <message>
        <source>%1 · %2: no figure</source>
        <translation>%1 · %2: rəqəm yoxdur</translation>
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
        <translation>təxmini qiymətdir, bildirilmiş rəqəm deyil</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>ilkin rəqəm</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Mənbə: %1</translation>
    </message>
    <message>
        <source>also given as %1 %2 by %3; the chart uses the first</source>
        <translation>%3 bunu %1 %2 kimi verir; diaqram birincini göstərir</translation>
    </message>
    <message>
        <source>Trade with %1, as reported by %2</source>
        <translation>%1 ilə ticarət (%2 məlumatları)</translation>
    </message>
    <message>
        <source>Mirror view: each flow as the exporter and the importer report it</source>
        <translation>Güzgü görünüşü: hər axın ixracatçının və idxalçının bildirdiyi kimi</translation>
    </message>
    <message>
        <source>Turnover as each country reports it</source>
        <translation>Hər ölkənin bildirdiyi ümumi dövriyyə</translation>
    </message>
    <message>
        <source>Trade balance as each country reports it</source>
        <translation>Hər ölkənin bildirdiyi ticarət saldosu</translation>
    </message>
    <message>
        <source>%1&apos;s own figures: its exports to %2 and its imports from %2.</source>
        <translation>%1 tərəfinin öz rəqəmləri: %2 ölkəsinə ixracı və %2 ölkəsindən idxalı.</translation>
    </message>
    <message>
        <source>Each flow twice: as the exporting country reports it and as the importing country reports it. The gap is the importer&apos;s figure less the exporter&apos;s, in per cent of the exporter&apos;s.</source>
        <translation>Hər axın iki dəfə göstərilir: ixrac edən ölkənin bildirdiyi kimi və idxal edən ölkənin bildirdiyi kimi. Fərq idxalçının rəqəmindən ixracatçının rəqəmi çıxıldıqda alınır və ixracatçının rəqəminə nisbətən faizlə verilir.</translation>
    </message>
    <message>
        <source>Turnover (exports plus imports) as each country reports it; one side&apos;s exports are never added to the other&apos;s imports.</source>
        <translation>Hər ölkənin öz bildirdiyi ümumi dövriyyə (ixrac üstəgəl idxal); bir tərəfin ixracı heç vaxt digər tərəfin idxalı ilə toplanmır.</translation>
    </message>
    <message>
        <source>Balance (exports less imports) of each country, from its own figures.</source>
        <translation>Hər ölkənin öz məlumatlarına görə saldosu (ixracdan idxal çıxılmaqla).</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>İl</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Open points are estimates.</source>
        <translation>Boş nöqtələr təxmini rəqəmlərdir.</translation>
    </message>
    <message>
        <source>A break in a line is a year with no figure.</source>
        <translation>Xəttin kəsildiyi yer rəqəmi olmayan ildir.</translation>
    </message>
    <message>
        <source>from %1, %2</source>
        <comment>a year, the source some figures come from from that year on</comment>
        <translation>%1 ilindən başlayaraq %2</translation>
    </message>
    <message>
        <source>The source changes: %1.</source>
        <translation>Mənbə dəyişir: %1.</translation>
    </message>
    <message>
        <source>Gap, % of the exporter&apos;s figure</source>
        <translation>Fərq, ixracatçının rəqəminə nisbətən %</translation>
    </message>
    <message>
        <source>Exports (%1 figures)</source>
        <translation>İxrac (%1 məlumatları)</translation>
    </message>
    <message>
        <source>Imports (%1 figures)</source>
        <translation>İdxal (%1 məlumatları)</translation>
    </message>
    <message>
        <source>references %1</source>
        <translation>istinadlar %1</translation>
    </message>
    <message>
        <source>⚠ %1, %2: the chart draws %3 (%4); %5 gives %6.</source>
        <translation>⚠ %1, %2: diaqramda %3 göstərilir (%4); %5 bu rəqəmi %6 kimi verir.</translation>
    </message>
    <message>
        <source>free on board (FOB)</source>
        <translation>FOB (gəmi bortunda franko) şərti ilə</translation>
    </message>
    <message>
        <source>with cost, insurance and freight (CIF)</source>
        <translation>CIF (dəyər, sığorta və fraxt daxil olmaqla) şərti ilə</translation>
    </message>
    <message>
        <source>at a valuation it does not state</source>
        <translation>göstərilməyən şərtlə</translation>
    </message>
    <message>
        <source>The figures of %1 value exports %2 and imports %3.</source>
        <translation>%1 rəqəmlərində ixrac %2, idxal isə %3 qiymətləndirilir.</translation>
    </message>
    <message>
        <source>The figures of %1 do not state their valuation.</source>
        <translation>%1 rəqəmlərində qiymətləndirmə üsulu göstərilmir.</translation>
    </message>
    <message>
        <source>Mirror figures differ because of valuation, timing, goods in transit, re-exports and confidential items.</source>
        <translation>Güzgü rəqəmləri qiymətləndirmə fərqinə, vaxt fərqinə, tranzit mallara, reeksporta və məxfi saxlanılan məlumatlara görə fərqlənir.</translation>
    </message>
    <message>
        <source>A missing year has no figure.</source>
        <translation>Çatışmayan ildə rəqəm yoxdur.</translation>
    </message>
    <message>
        <source>billion US dollars</source>
        <translation>milyard ABŞ dolları</translation>
    </message>
</context>
<context>
    <name>azkz::TradeSeriesView</name>
    <message>
        <source>%1. The table below the chart gives its figures.</source>
        <translation>%1. Diaqramın rəqəmləri onun altındakı cədvəldədir.</translation>
    </message>
</context>
<context>
    <name>azkz::Validation</name>
    <message>
        <source>a raw control character (byte 0x%1) inside a string; write it as an escape such as \n</source>
        <translation>mətn sətrində xam idarəetmə simvolu var (0x%1 baytı); onu \n kimi xüsusi ardıcıllıqla yazın</translation>
    </message>
    <message>
        <source>the member %1 appears twice in the same object</source>
        <translation>%1 üzvü eyni obyektdə iki dəfə var</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels; the schema needs far fewer</source>
        <translation>iç-içəlik %1 səviyyədən dərindir; sxem bundan xeyli az səviyyə tələb edir</translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation>fayl adı verilməyib</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>belə fayl yoxdur</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>oxuna bilmir: %1</translation>
    </message>
    <message>
        <source>is a folder, not a dataset file</source>
        <translation>qovluqdur, məlumat faylı deyil</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe, a device or a socket); datasets are read from files</source>
        <translation>adi fayl deyil (kanal, qurğu və ya soket); məlumatlar fayllardan oxunur</translation>
    </message>
    <message>
        <source>the file is empty; expected a JSON object</source>
        <translation>fayl boşdur; JSON obyekti gözlənilirdi</translation>
    </message>
    <message>
        <source>the file starts with a byte order mark; save it as UTF-8 without BOM</source>
        <translation>fayl bayt sırası nişanı (BOM) ilə başlayır; onu BOM olmadan UTF-8 kimi saxlayın</translation>
    </message>
    <message>
        <source>the file looks like UTF-16 text; save it as UTF-8</source>
        <translation>fayl UTF-16 mətninə oxşayır; onu UTF-8 kimi saxlayın</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>düzgün JSON deyil: %1</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level, found an array</source>
        <translation>yuxarı səviyyədə JSON obyekti gözlənilirdi, massiv tapıldı</translation>
    </message>
    <message>
        <source>expected a reference number</source>
        <translation>istinad nömrəsi gözlənilirdi</translation>
    </message>
    <message>
        <source>reference [%1] is not listed in source.references</source>
        <translation>[%1] istinadı source.references siyahısında yoxdur</translation>
    </message>
    <message>
        <source>duplicate id %1 (already used at %2)</source>
        <translation>təkrarlanan identifikator %1 (artıq %2 yerində işlənib)</translation>
    </message>
    <message>
        <source>expected a reference number from 1 up</source>
        <translation>1-dən başlayan istinad nömrəsi gözlənilirdi</translation>
    </message>
    <message>
        <source>reference [%1] is listed twice</source>
        <translation>[%1] istinadı iki dəfə göstərilib</translation>
    </message>
    <message>
        <source>expected the ids of two different countries</source>
        <translation>iki fərqli ölkənin identifikatoru gözlənilirdi</translation>
    </message>
    <message>
        <source>person</source>
        <translation>şəxs</translation>
    </message>
    <message>
        <source>expected &quot;embassy&quot;, &quot;consulate-general&quot; or &quot;consulate&quot;, found %1</source>
        <translation>&quot;embassy&quot;, &quot;consulate-general&quot; və ya &quot;consulate&quot; gözlənilirdi, %1 tapıldı</translation>
    </message>
    <message>
        <source>country</source>
        <translation>ölkə</translation>
    </message>
    <message>
        <source>a mission&apos;s host country must differ from its sending country</source>
        <translation>nümayəndəliyin yerləşdiyi ölkə onu göndərən ölkədən fərqli olmalıdır</translation>
    </message>
    <message>
        <source>a mission cannot open before it is established</source>
        <translation>nümayəndəlik təsis edilməzdən əvvəl açıla bilməz</translation>
    </message>
    <message>
        <source>expected &quot;azkz-relations-dataset&quot;, found %1</source>
        <translation>&quot;azkz-relations-dataset&quot; gözlənilirdi, %1 tapıldı</translation>
    </message>
    <message>
        <source>%1 is not the id of any %2</source>
        <translation>%1 heç bir %2 identifikatoru deyil</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>məntiqi qiymət</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>ədəd</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>mətn sətri</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>massiv</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>obyekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>heç nə</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>%1 gözlənilirdi, %2 tapıldı</translation>
    </message>
    <message>
        <source>required, but missing</source>
        <translation>mütləqdir, amma yoxdur</translation>
    </message>
    <message>
        <source>the list has %1 elements; at most %2 are allowed here</source>
        <translation>siyahıda %1 element var; burada ən çoxu %2 ola bilər</translation>
    </message>
    <message>
        <source>the text has %1 characters; at most %2 are allowed here</source>
        <translation>mətndə %1 simvol var; burada ən çoxu %2 ola bilər</translation>
    </message>
    <message>
        <source>the text holds an unpaired surrogate (broken UTF-16 escape)</source>
        <translation>mətndə cütü olmayan surroqat var (pozulmuş UTF-16 ardıcıllığı)</translation>
    </message>
    <message>
        <source>the text holds the control character U+%1 at position %2</source>
        <translation>mətndə U+%1 idarəetmə simvolu var (mövqe: %2)</translation>
    </message>
    <message>
        <source>expected visible text, found only spaces or invisible characters</source>
        <translation>görünən mətn gözlənilirdi, yalnız boşluqlar və ya görünməz simvollar tapıldı</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>boş olmayan mətn sətri gözlənilirdi</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>tam ədəd</translation>
    </message>
    <message>
        <source>a finite number</source>
        <translation>sonlu ədəd</translation>
    </message>
    <message>
        <source>expected a number not below zero, found %1</source>
        <translation>sıfırdan kiçik olmayan ədəd gözlənilirdi, %1 tapıldı</translation>
    </message>
    <message>
        <source>expected a real date from the year 1 to 9999 as YYYY-MM-DD, YYYY-MM, YYYY or a decade YYY0s, found %1</source>
        <translation>1-ci ildən 9999-cu ilədək real tarix gözlənilirdi (YYYY-MM-DD, YYYY-MM, YYYY və ya onillik YYY0s), %1 tapıldı</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>boş olmayan mətn sətri</translation>
    </message>
    <message>
        <source>unknown member (misspelt?)</source>
        <translation>naməlum üzv (səhv yazılıb?)</translation>
    </message>
    <message>
        <source>an era needs &quot;from&quot;, &quot;to&quot; or both</source>
        <translation>dövr üçün &quot;from&quot;, &quot;to&quot; və ya hər ikisi lazımdır</translation>
    </message>
    <message>
        <source>an era cannot end before it starts</source>
        <translation>dövr başlamazdan əvvəl bitə bilməz</translation>
    </message>
    <message>
        <source>category</source>
        <translation>kateqoriya</translation>
    </message>
    <message>
        <source>an event needs either &quot;date&quot; or &quot;eras&quot;, not both</source>
        <translation>hadisə üçün ya &quot;date&quot;, ya da &quot;eras&quot; lazımdır, hər ikisi yox</translation>
    </message>
    <message>
        <source>expected a real date from the year 1 to 9999 (YYYY-MM-DD, YYYY-MM, YYYY, YYY0s) or a span FROM/TO with at least one end, found %1</source>
        <translation>1-ci ildən 9999-cu ilədək real tarix (YYYY-MM-DD, YYYY-MM, YYYY, YYY0s) və ya ən azı bir ucu olan FROM/TO aralığı gözlənilirdi, %1 tapıldı</translation>
    </message>
    <message>
        <source>expected a figure up to %1, found %2</source>
        <translation>ən çoxu %1 olan rəqəm gözlənilirdi, %2 tapıldı</translation>
    </message>
    <message>
        <source>expected a year from 1 to 9999, found %1</source>
        <translation>1-dən 9999-dək il gözlənilirdi, %1 tapıldı</translation>
    </message>
    <message>
        <source>expected exports + imports = %1, found %2</source>
        <translation>ixrac + idxal = %1 gözlənilirdi, %2 tapıldı</translation>
    </message>
    <message>
        <source>%1 is not a year of trade.years</source>
        <translation>%1 trade.years siyahısındakı illərdən deyil</translation>
    </message>
    <message>
        <source>mission</source>
        <translation>nümayəndəlik</translation>
    </message>
    <message>
        <source>era</source>
        <translation>dövr</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>sətir %1, sütun %2: %3</translation>
    </message>
    <message>
        <source>%1: invalid; problems found: %2</source>
        <translation>%1: yararsızdır; tapılan problemlər: %2</translation>
    </message>
    <message>
        <source>%1: valid (schema version %2; missions: %3, events: %4, sections: %5, trade years: %6)</source>
        <translation>%1: yararlıdır (sxem versiyası %2; nümayəndəliklər: %3, hadisələr: %4, bölmələr: %5, ticarət illəri: %6)</translation>
    </message>
    <message>
        <source>\%1 is not a JSON escape (\&quot; \\ \/ \b \f \n \r \t \uXXXX)</source>
        <translation>\%1 JSON-da xüsusi ardıcıllıq deyil (\&quot; \\ \/ \b \f \n \r \t \uXXXX)</translation>
    </message>
    <message>
        <source>an object is not closed with }</source>
        <translation>obyekt } ilə bağlanmayıb</translation>
    </message>
    <message>
        <source>a colon is missing after a member&apos;s name</source>
        <translation>üzvün adından sonra iki nöqtə yoxdur</translation>
    </message>
    <message>
        <source>an array is not closed with ]</source>
        <translation>massiv ] ilə bağlanmayıb</translation>
    </message>
    <message>
        <source>a comma is missing between two values</source>
        <translation>iki qiymət arasında vergül yoxdur</translation>
    </message>
    <message>
        <source>not a JSON value (a string, number, object, array, true, false or null)</source>
        <translation>JSON qiyməti deyil (mətn sətri, ədəd, obyekt, massiv, true, false və ya null)</translation>
    </message>
    <message>
        <source>the file ends inside a number</source>
        <translation>fayl ədədin ortasında bitir</translation>
    </message>
    <message>
        <source>a number JSON cannot hold (too large, or written with leading zeros)</source>
        <translation>JSON-un saxlaya bilmədiyi ədəd (çox böyükdür və ya əvvəlində sıfırlar var)</translation>
    </message>
    <message>
        <source>a backslash sequence JSON does not know</source>
        <translation>JSON-un tanımadığı xüsusi ardıcıllıq (\ ilə başlayan)</translation>
    </message>
    <message>
        <source>text that is not valid UTF-8</source>
        <translation>düzgün UTF-8 olmayan mətn</translation>
    </message>
    <message>
        <source>a string is not closed with &quot;</source>
        <translation>mətn sətri &quot; ilə bağlanmayıb</translation>
    </message>
    <message>
        <source>a value is missing after a comma</source>
        <translation>vergüldən sonra qiymət yoxdur</translation>
    </message>
    <message>
        <source>the document is too large or too deeply nested</source>
        <translation>sənəd çox böyükdür və ya çox dərin iç-içədir</translation>
    </message>
    <message>
        <source>there is more text after the end of the JSON document</source>
        <translation>JSON sənədi bitdikdən sonra əlavə mətn var</translation>
    </message>
    <message>
        <source>the city %1 is not in the mission&apos;s host country</source>
        <translation>%1 şəhəri nümayəndəliyin yerləşdiyi ölkədə deyil</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2, found %3</source>
        <translation>%1 ilə %2 arasında ədəd gözlənilirdi, %3 tapıldı</translation>
    </message>
    <message>
        <source>expected an ISO 3166-1 alpha-2 code such as &quot;AZ&quot;, found %1</source>
        <translation>&quot;AZ&quot; kimi ISO 3166-1 alpha-2 kodu gözlənilirdi, %1 tapıldı</translation>
    </message>
    <message>
        <source>city</source>
        <translation>şəhər</translation>
    </message>
    <message>
        <source>this program reads schema versions 1 to %1, found %2</source>
        <translation>bu proqram sxemin 1–%1 versiyalarını oxuyur, %2 tapıldı</translation>
    </message>
    <message>
        <source>source</source>
        <translation>mənbə</translation>
    </message>
    <message>
        <source>&quot;sources&quot; needs schemaVersion 2</source>
        <translation>&quot;sources&quot; üçün schemaVersion 2 lazımdır</translation>
    </message>
    <message>
        <source>expected &quot;statistics&quot;, &quot;official&quot;, &quot;news&quot; or &quot;legal&quot;, found %1</source>
        <translation>&quot;statistics&quot;, &quot;official&quot;, &quot;news&quot; və ya &quot;legal&quot; gözlənilirdi, %1 tapıldı</translation>
    </message>
    <message>
        <source>expected a web address starting with http:// or https://</source>
        <translation>http:// və ya https:// ilə başlayan veb ünvan gözlənilirdi</translation>
    </message>
    <message>
        <source>&quot;trade.series&quot; needs schemaVersion 2</source>
        <translation>&quot;trade.series&quot; üçün schemaVersion 2 lazımdır</translation>
    </message>
    <message>
        <source>expected &quot;estimate&quot; or &quot;provisional&quot;, found %1</source>
        <translation>&quot;estimate&quot; və ya &quot;provisional&quot; gözlənilirdi, %1 tapıldı</translation>
    </message>
    <message>
        <source>expected a decimal number written with digits and a point, such as &quot;43.6176&quot;, found %1</source>
        <translation>rəqəmlərlə və nöqtə ilə yazılmış onluq ədəd gözlənilirdi (məsələn, &quot;43.6176&quot;), %1 tapıldı</translation>
    </message>
    <message>
        <source>a series&apos; partner must differ from its reporter</source>
        <translation>sıranın tərəf-müqabili hesabat verən ölkədən fərqli olmalıdır</translation>
    </message>
    <message>
        <source>expected &quot;exports&quot; or &quot;imports&quot;, found %1</source>
        <translation>&quot;exports&quot; və ya &quot;imports&quot; gözlənilirdi, %1 tapıldı</translation>
    </message>
    <message>
        <source>expected &quot;fob&quot;, &quot;cif&quot; or &quot;unstated&quot;, found %1</source>
        <translation>&quot;fob&quot;, &quot;cif&quot; və ya &quot;unstated&quot; gözlənilirdi, %1 tapıldı</translation>
    </message>
    <message>
        <source>expected &quot;thousand-usd&quot; or &quot;million-usd&quot;, found %1</source>
        <translation>&quot;thousand-usd&quot; və ya &quot;million-usd&quot; gözlənilirdi, %1 tapıldı</translation>
    </message>
    <message>
        <source>the article is cited by its reference numbers, in &quot;refs&quot;</source>
        <translation>məqaləyə istinad nömrələri ilə, &quot;refs&quot; içində istinad edilir</translation>
    </message>
    <message>
        <source>&quot;sources&quot; on a statement needs schemaVersion 3</source>
        <translation>müddəadakı &quot;sources&quot; üçün schemaVersion 3 lazımdır</translation>
    </message>
    <message>
        <source>&quot;dispute&quot; needs schemaVersion 3</source>
        <translation>&quot;dispute&quot; üçün schemaVersion 3 lazımdır</translation>
    </message>
    <message>
        <source>a claim needs either &quot;date&quot; or &quot;value&quot;, not both</source>
        <translation>iddiada ya &quot;date&quot;, ya da &quot;value&quot; olmalıdır, ikisi birlikdə yox</translation>
    </message>
    <message>
        <source>expected a date or a span FROM/TO, found %1</source>
        <translation>tarix və ya FROM/TO aralığı gözlənilirdi, %1 tapıldı</translation>
    </message>
    <message>
        <source>a claim needs the article&apos;s &quot;refs&quot; or &quot;sources&quot;</source>
        <translation>iddiada məqalənin &quot;refs&quot; və ya &quot;sources&quot; siyahısı olmalıdır</translation>
    </message>
    <message>
        <source>the claims of one dispute are all dates or all values</source>
        <translation>bir mübahisənin iddiaları ya hamısı tarix, ya da hamısı dəyər olmalıdır</translation>
    </message>
    <message>
        <source>a dispute needs at least two claims</source>
        <translation>mübahisədə ən azı iki iddia olmalıdır</translation>
    </message>
    <message>
        <source>the date %1 is not one of the claims</source>
        <translation>%1 tarixi iddialardan biri deyil</translation>
    </message>
    <message>
        <source>a mission needs either &quot;head&quot; or &quot;heads&quot;, not both</source>
        <translation>nümayəndəlikdə ya &quot;head&quot;, ya da &quot;heads&quot; olmalıdır, ikisi birlikdə yox</translation>
    </message>
    <message>
        <source>&quot;heads&quot; needs schemaVersion 3</source>
        <translation>&quot;heads&quot; üçün schemaVersion 3 lazımdır</translation>
    </message>
    <message>
        <source>the text holds the direction control U+%1 at position %2, which would reorder the text shown after it</source>
        <translation>mətndə U+%1 istiqamət idarəetmə simvolu var (mövqe: %2); o, ondan sonra göstərilən mətnin sırasını dəyişərdi</translation>
    </message>
    <message>
        <source>%1 is listed twice (first at [%2])</source>
        <translation>%1 iki dəfə sadalanıb (birinci dəfə: [%2])</translation>
    </message>
    <message>
        <source>the file is %1 MiB; datasets larger than %2 MiB are refused</source>
        <translation>fayl %1 MiB-dır; %2 MiB-dan böyük məlumat faylları qəbul edilmir</translation>
    </message>
    <message>
        <source>datasets larger than %1 MiB are refused</source>
        <translation>%1 MiB-dan böyük məlumat faylları qəbul edilmir</translation>
    </message>
    <message>
        <source>no such file; its name is not valid UTF-8, and this program opens only file names that are: rename the file</source>
        <translation>belə fayl yoxdur; onun adı düzgün UTF-8 mətni deyil, bu proqram isə yalnız UTF-8 ilə yazılmış adları aça bilir: faylın adını dəyişin</translation>
    </message>
    <message>
        <source>missing: the article&apos;s footnote numbers in &quot;refs&quot; ([] where it gives none), or for what the article does not say, the ids of other sources in &quot;sources&quot;</source>
        <translation>çatışmır: məqalənin istinad nömrələri &quot;refs&quot; üzvündə (məqalə vermədikdə []), məqalədə olmayan məlumat üçün isə digər mənbələrin identifikatorları &quot;sources&quot; üzvündə</translation>
    </message>
    <message>
        <source>ISO codes are written in upper case: %1, not %2</source>
        <translation>ISO kodları böyük hərflərlə yazılır: %1, %2 yox</translation>
    </message>
    <message>
        <source>the map knows no country with the code %1; the codes it knows are listed in SCHEMA.md</source>
        <translation>xəritədə %1 kodlu ölkə yoxdur; xəritənin tanıdığı kodlar SCHEMA.md faylında sadalanıb</translation>
    </message>
    <message>
        <source>the span %1 ends before it begins: write it earliest first, %2</source>
        <translation>%1 aralığı başlamazdan əvvəl bitir: əvvəlcə erkən tarixi yazın, belə: %2</translation>
    </message>
    <message>
        <source>cites sources %1 times, counting the claims of its dispute if it has one; the most a statement can cite is %2</source>
        <translation>mənbələrə %1 dəfə istinad edir (mübahisəsi varsa, onun iddiaları da sayılır); bir müddəa ən çoxu %2 dəfə istinad edə bilər</translation>
    </message>
    <message>
        <source>a text in both languages, {&quot;az&quot;: &quot;…&quot;, &quot;en&quot;: &quot;…&quot;}</source>
        <translation>hər iki dildə mətn, {&quot;az&quot;: &quot;…&quot;, &quot;en&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>the unit %1 is not one of %2</source>
        <translation>%1 vahidi bunlardan biri deyil: %2</translation>
    </message>
    <message>
        <source>the pair must be the first two countries of &quot;countries&quot;; a third one follows them</source>
        <translation>cütün ölkələri &quot;countries&quot; siyahısında ilk ikisi olmalıdır; üçüncü ölkə onlardan sonra gəlir</translation>
    </message>
    <message>
        <source>the statements&apos; citations would be drawn as %1 characters; at most %2 are allowed in a file. Cite fewer sources, or sources with shorter names</source>
        <translation>müddəaların istinadları %1 simvol kimi göstərilərdi; bir faylda bu, ən çoxu %2 simvol ola bilər. Daha az mənbəyə və ya adı daha qısa olan mənbələrə istinad edin</translation>
    </message>
    <message numerus="yes">
        <source>%1: … and %n more problem(s) not listed</source>
        <translation>
            <numerusform>%1: … və siyahıya salınmamış daha %n problem</numerusform>
            <numerusform>%1: … və siyahıya salınmamış daha %n problem</numerusform>
        </translation>
    </message>
    <message>
        <source>the code %1 already belongs to another country (at %2): give each country its own</source>
        <translation>%1 kodu artıq başqa ölkəyə verilib (yeri: %2): hər ölkənin öz kodu olmalıdır</translation>
    </message>
</context>
<context>
    <name>azkz::WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <source>&amp;Open dataset…</source>
        <translation>Məlumat faylını &amp;aç…</translation>
    </message>
    <message>
        <source>Show another dataset file; it is watched and shown again when it changes</source>
        <translation>Başqa məlumat faylını göstər; fayl izlənilir və dəyişəndə yenidən göstərilir</translation>
    </message>
    <message>
        <source>Open r&amp;ecent</source>
        <translation>&amp;Son açılanlar</translation>
    </message>
    <message>
        <source>Re&amp;load dataset</source>
        <translation>Məlumat faylını &amp;yenidən yüklə</translation>
    </message>
    <message>
        <source>&amp;Back to the built-in dataset</source>
        <translation>Daxili məlumatlara &amp;qayıt</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;xış</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Çap et…</translation>
    </message>
    <message>
        <source>Print the current tab</source>
        <translation>Açıq bölməni çap et</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>&amp;Hesabatı ixrac et…</translation>
    </message>
    <message>
        <source>Save a briefing PDF: overview, missions, timeline and trade, with sources</source>
        <translation>Brifinq PDF faylını saxla: ümumi baxış, nümayəndəliklər, xronologiya və ticarət, mənbələrlə birgə</translation>
    </message>
    <message>
        <source>Export &amp;timeline…</source>
        <translation>Xronologiyanı &amp;ixrac et…</translation>
    </message>
    <message>
        <source>Save the time axis and the events the Timeline tab shows as a PDF, SVG or PNG file</source>
        <translation>Zaman oxunu və Xronologiya bölməsinin göstərdiyi hadisələri PDF, SVG və ya PNG faylı kimi saxla</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüş</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Kömək</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Haqqında</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>&amp;Qt haqqında</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Klaviatura qısayolları</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>&amp;Sonrakı bölmə</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>Ə&amp;vvəlki bölmə</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;mumi baxış</translation>
    </message>
    <message>
        <source>Diplomatic &amp;missions</source>
        <translation>Diplomatik &amp;nümayəndəliklər</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Xronologiya</translation>
    </message>
    <message>
        <source>T&amp;rade</source>
        <translation>&amp;Ticarət</translation>
    </message>
    <message>
        <source>What the relations are, key facts and the history</source>
        <translation>Münasibətlərin mahiyyəti, əsas faktlar və tarixçə</translation>
    </message>
    <message>
        <source>The embassies and the consulate general, their heads, addresses and dates</source>
        <translation>Səfirliklər və baş konsulluq, onların rəhbərləri, ünvanları və tarixləri</translation>
    </message>
    <message>
        <source>Every dated event, in order</source>
        <translation>Tarixi bəlli bütün hadisələr, ardıcıllıqla</translation>
    </message>
    <message>
        <source>Exports, imports and turnover by year</source>
        <translation>İllər üzrə ixrac, idxal və dövriyyə</translation>
    </message>
    <message>
        <source>&amp;Sources…</source>
        <translation>Mən&amp;bələr…</translation>
    </message>
    <message>
        <source>Every source of the dataset, with the statements that rest on each</source>
        <translation>Məlumat toplusunun bütün mənbələri və hər birinə əsaslanan müddəalar</translation>
    </message>
</context>
</TS>
