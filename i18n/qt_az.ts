<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az">
  <context>
    <name>QPageSetupWidget</name>
    <message>
      <source>CC</source>
      <translation>CC</translation>
    </message>
    <message>
      <source>DD</source>
      <translation>DD</translation>
    </message>
    <message>
      <source>in</source>
      <translation>in</translation>
    </message>
    <message>
      <source>mm</source>
      <translation>mm</translation>
    </message>
    <message>
      <source>pt</source>
      <translation>pt</translation>
    </message>
    <message>
      <source>P̸</source>
      <translation>P̸</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Forma</translation>
    </message>
    <message>
      <source>bottom margin</source>
      <translation>aşağı boşluq</translation>
    </message>
    <message>
      <source>Paper</source>
      <translation>Kağız</translation>
    </message>
    <message>
      <source>Paper source:</source>
      <translation>Kağız mənbəyi:</translation>
    </message>
    <message>
      <source>right margin</source>
      <translation>sağ boşluq</translation>
    </message>
    <message>
      <source>Pica (P̸)</source>
      <translation>Pika (P̸)</translation>
    </message>
    <message>
      <source>Margins</source>
      <translation>Boşluqlar</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>İxtiyari</translation>
    </message>
    <message>
      <source>Landscape</source>
      <translation>Albom</translation>
    </message>
    <message>
      <source>Page Layout</source>
      <translation>Səhifə tərtibatı</translation>
    </message>
    <message>
      <source>Width:</source>
      <translation>En:</translation>
    </message>
    <message>
      <source>Orientation</source>
      <translation>İstiqamət</translation>
    </message>
    <message>
      <source>Didot (DD)</source>
      <translation>Didot (DD)</translation>
    </message>
    <message>
      <source>Portrait</source>
      <translation>Portret</translation>
    </message>
    <message>
      <source>Page order:</source>
      <translation>Səhifə sırası:</translation>
    </message>
    <message>
      <source>top margin</source>
      <translation>yuxarı boşluq</translation>
    </message>
    <message>
      <source>left margin</source>
      <translation>sol boşluq</translation>
    </message>
    <message>
      <source>Page size:</source>
      <translation>Səhifə ölçüsü:</translation>
    </message>
    <message>
      <source>Cicero (CC)</source>
      <translation>Sisero (CC)</translation>
    </message>
    <message>
      <source>Reverse portrait</source>
      <translation>Tərs portret</translation>
    </message>
    <message>
      <source>Millimeters (mm)</source>
      <translation>Millimetr (mm)</translation>
    </message>
    <message>
      <source>Points (pt)</source>
      <translation>Punkt (pt)</translation>
    </message>
    <message>
      <source>Pages per sheet:</source>
      <translation>Bir vərəqdə səhifə sayı:</translation>
    </message>
    <message>
      <source>Inches (in)</source>
      <translation>Düym (in)</translation>
    </message>
    <message>
      <source>Reverse landscape</source>
      <translation>Tərs albom</translation>
    </message>
    <message>
      <source>Height:</source>
      <translation>Hündürlük:</translation>
    </message>
  </context>
  <context>
    <name>QDialogButtonBox</name>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Xeyr</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Bəli</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Kömək</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Aç</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Saxla</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Dayandır</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Tətbiq et</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Bağla</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Sıfırla</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Yenidən cəhd et</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Standart dəyərləri bərpa et</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>İmtina</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Nəzərə alma</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>Hamısına x&amp;eyr</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Hamısını saxla</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Dəyişiklikləri at</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>&amp;Hamısına bəli</translation>
    </message>
  </context>
  <context>
    <name>QPrintDialog</name>
    <message>
      <source>Even Pages</source>
      <translation>Cüt səhifələr</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Çap et</translation>
    </message>
    <message>
      <source>&amp;Options &lt;&lt;</source>
      <translation>&amp;Seçimlər &lt;&lt;</translation>
    </message>
    <message>
      <source>&amp;Options &gt;&gt;</source>
      <translation>&amp;Seçimlər &gt;&gt;</translation>
    </message>
    <message>
      <source>Left to Right, Top to Bottom</source>
      <translation>Soldan sağa, yuxarıdan aşağı</translation>
    </message>
    <message>
      <source>Right to Left, Bottom to Top</source>
      <translation>Sağdan sola, aşağıdan yuxarı</translation>
    </message>
    <message>
      <source>Write PDF file</source>
      <translation>PDF faylı yaz</translation>
    </message>
    <message>
      <source>&amp;Print</source>
      <translation>Ça&amp;p et</translation>
    </message>
    <message>
      <source>1 (1x1)</source>
      <translation>1 (1x1)</translation>
    </message>
    <message>
      <source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source>
      <translation>&apos;Bir vərəqdə səhifə sayı&apos; və &apos;Səhifə dəsti&apos; seçimləri birlikdə işlədilə bilməz.
Lütfən, onlardan birini söndürün.</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to overwrite it?</source>
      <translation>%1 artıq mövcuddur.
Üzərinə yazılsın?</translation>
    </message>
    <message>
      <source>2 (2x1)</source>
      <translation>2 (2x1)</translation>
    </message>
    <message>
      <source>Left to Right, Bottom to Top</source>
      <translation>Soldan sağa, aşağıdan yuxarı</translation>
    </message>
    <message>
      <source>4 (2x2)</source>
      <translation>4 (2x2)</translation>
    </message>
    <message>
      <source>Odd Pages</source>
      <translation>Tək səhifələr</translation>
    </message>
    <message>
      <source>Local file</source>
      <translation>Yerli fayl</translation>
    </message>
    <message>
      <source>6 (2x3)</source>
      <translation>6 (2x3)</translation>
    </message>
    <message>
      <source>16 (4x4)</source>
      <translation>16 (4x4)</translation>
    </message>
    <message>
      <source>There are conflicts in duplex settings. Do you want to fix them?</source>
      <translation>İkitərəfli çap ayarlarında ziddiyyət var. Düzəldilsin?</translation>
    </message>
    <message>
      <source>Print to File (PDF)</source>
      <translation>Fayla çap et (PDF)</translation>
    </message>
    <message>
      <source>Print To File ...</source>
      <translation>Fayla çap et ...</translation>
    </message>
    <message>
      <source>Invalid Pages Definition</source>
      <translation>Səhifələr yanlış göstərilib</translation>
    </message>
    <message>
      <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
      <translation>%1 düzgün yazılmayıb. Aralıqları və səhifələri ayırmaq üçün ',' işarəsindən, aralıqları göstərmək üçün '-' işarəsindən istifadə edin və aralıqların bir-birini kəsmədiyinə əmin olun.</translation>
    </message>
    <message>
      <source>9 (3x3)</source>
      <translation>9 (3x3)</translation>
    </message>
    <message>
      <source>Right to Left, Top to Bottom</source>
      <translation>Sağdan sola, yuxarıdan aşağı</translation>
    </message>
    <message>
      <source>Bottom to Top, Left to Right</source>
      <translation>Aşağıdan yuxarı, soldan sağa</translation>
    </message>
    <message>
      <source>The 'From' value cannot be greater than the 'To' value.</source>
      <translation>Aralığın ilk səhifəsi sonuncu səhifədən böyük ola bilməz.</translation>
    </message>
    <message>
      <source>All Pages</source>
      <translation>Bütün səhifələr</translation>
    </message>
    <message>
      <source>Duplex Settings Conflicts</source>
      <translation>İkitərəfli çap ayarlarında ziddiyyət</translation>
    </message>
    <message>
      <source>%1 is a directory.
Please choose a different file name.</source>
      <translation>%1 qovluqdur.
Lütfən, başqa fayl adı seçin.</translation>
    </message>
    <message>
      <source>File %1 is not writable.
Please choose a different file name.</source>
      <translation>%1 faylına yazmaq mümkün deyil.
Lütfən, başqa fayl adı seçin.</translation>
    </message>
    <message>
      <source>Bottom to Top, Right to Left</source>
      <translation>Aşağıdan yuxarı, sağdan sola</translation>
    </message>
    <message>
      <source>Top to Bottom, Left to Right</source>
      <translation>Yuxarıdan aşağı, soldan sağa</translation>
    </message>
    <message>
      <source>Top to Bottom, Right to Left</source>
      <translation>Yuxarıdan aşağı, sağdan sola</translation>
    </message>
  </context>
  <context>
    <name>QPrintSettingsOutput</name>
    <message>
      <source>to</source>
      <translation>–</translation>
    </message>
    <message>
      <source>Off</source>
      <translation>Söndürülüb</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Forma</translation>
    </message>
    <message>
      <source>Color</source>
      <translation>Rəngli</translation>
    </message>
    <message>
      <source>Print all</source>
      <translation>Hamısını çap et</translation>
    </message>
    <message>
      <source>Pages</source>
      <translation>Səhifələr:</translation>
    </message>
    <message>
      <source>Current Page</source>
      <translation>Cari səhifə</translation>
    </message>
    <message>
      <source>Selection</source>
      <translation>Seçilmiş hissə</translation>
    </message>
    <message>
      <source>Copies</source>
      <translation>Nüsxələr</translation>
    </message>
    <message>
      <source>Print range</source>
      <translation>Çap aralığı</translation>
    </message>
    <message>
      <source>Color Mode</source>
      <translation>Rəng rejimi</translation>
    </message>
    <message>
      <source>Options</source>
      <translation>Seçimlər</translation>
    </message>
    <message>
      <source>Output Settings</source>
      <translation>Çıxış ayarları</translation>
    </message>
    <message>
      <source>Reverse</source>
      <translation>Tərs sıra</translation>
    </message>
    <message>
      <source>Grayscale</source>
      <translation>Boz çalarlar</translation>
    </message>
    <message>
      <source>Collate</source>
      <translation>Nüsxələri ardıcıl yığ</translation>
    </message>
    <message>
      <source>Copies:</source>
      <translation>Nüsxə sayı:</translation>
    </message>
    <message>
      <source>Short side binding</source>
      <translation>Qısa tərəfdən cildləmə</translation>
    </message>
    <message>
      <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
      <translation>Səhifələri və ya aralıqları vergüllə ayıraraq göstərin. Aralıq defislə ayrılmış iki ədədlə yazılır. Məsələn, 3,5-7,9 yazılsa, 3, 5, 6, 7 və 9-cu səhifələr çap olunur.</translation>
    </message>
    <message>
      <source>Pages from</source>
      <translation>Səhifə aralığı:</translation>
    </message>
    <message>
      <source>Double Sided Printing</source>
      <translation>İkitərəfli çap</translation>
    </message>
    <message>
      <source>Page Set:</source>
      <translation>Səhifə dəsti:</translation>
    </message>
    <message>
      <source>Long side binding</source>
      <translation>Uzun tərəfdən cildləmə</translation>
    </message>
  </context>
  <context>
    <name>QPrintPreviewDialog</name>
    <message>
      <source>%1%</source>
      <translation>%1%</translation>
    </message>
    <message>
      <source>Print Preview</source>
      <translation>Çapdan əvvəl baxış</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Çap et</translation>
    </message>
    <message>
      <source>Fit page</source>
      <translation>Səhifəni sığdır</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>Böyüt</translation>
    </message>
    <message>
      <source>Landscape</source>
      <translation>Albom</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>Kiçilt</translation>
    </message>
    <message>
      <source>Fit width</source>
      <translation>Eninə sığdır</translation>
    </message>
    <message>
      <source>Portrait</source>
      <translation>Portret</translation>
    </message>
    <message>
      <source>Page Setup</source>
      <translation>Səhifə ayarları</translation>
    </message>
    <message>
      <source>Page setup</source>
      <translation>Səhifə ayarları</translation>
    </message>
    <message>
      <source>Show overview of all pages</source>
      <translation>Bütün səhifələri göstər</translation>
    </message>
    <message>
      <source>First page</source>
      <translation>Birinci səhifə</translation>
    </message>
    <message>
      <source>Last page</source>
      <translation>Sonuncu səhifə</translation>
    </message>
    <message>
      <source>Show single page</source>
      <translation>Bir səhifə göstər</translation>
    </message>
    <message>
      <source>Export to PDF</source>
      <translation>PDF-ə ixrac et</translation>
    </message>
    <message>
      <source>Previous page</source>
      <translation>Əvvəlki səhifə</translation>
    </message>
    <message>
      <source>Next page</source>
      <translation>Növbəti səhifə</translation>
    </message>
    <message>
      <source>Show facing pages</source>
      <translation>Üzbəüz səhifələri göstər</translation>
    </message>
  </context>
  <context>
    <name>QGnomeTheme</name>
    <message>
      <source>&amp;OK</source>
      <translation>&amp;OK</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Saxla</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>&amp;Bağla</translation>
    </message>
    <message>
      <source>Close without Saving</source>
      <translation>Saxlamadan bağla</translation>
    </message>
    <message>
      <source>&amp;Cancel</source>
      <translation>İ&amp;mtina</translation>
    </message>
  </context>
  <context>
    <name>QPrintWidget</name>
    <message>
      <source>...</source>
      <translation>...</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Forma</translation>
    </message>
    <message>
      <source>Type:</source>
      <translation>Növ:</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Ad:</translation>
    </message>
    <message>
      <source>Output &amp;file:</source>
      <translation>Çıxış &amp;faylı:</translation>
    </message>
    <message>
      <source>P&amp;roperties</source>
      <translation>&amp;Xassələr</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Baxış</translation>
    </message>
    <message>
      <source>Printer</source>
      <translation>Çap qurğusu</translation>
    </message>
    <message>
      <source>Location:</source>
      <translation>Yer:</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>Back</source>
      <translation>Geri</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Aç</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Aç</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Saxla</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>Fayllar</translation>
    </message>
    <message>
      <source>Show </source>
      <translation>Sütunu göstər: </translation>
    </message>
    <message>
      <source>'%1' is write protected.
Do you want to delete it anyway?</source>
      <translation>'%1' yazılmaqdan qorunur.
Yenə də silinsin?</translation>
    </message>
    <message>
      <source>Are you sure you want to delete '%1'?</source>
      <translation>'%1' silinsin?</translation>
    </message>
    <message>
      <source>List of places and bookmarks</source>
      <translation>Yerlər və əlfəcinlər siyahısı</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>Fayl a&amp;dı:</translation>
    </message>
    <message>
      <source>Alt+Left</source>
      <translation>Alt+Left</translation>
    </message>
    <message>
      <source>Alt+Up</source>
      <translation>Alt+Up</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Sil</translation>
    </message>
    <message>
      <source>New Folder</source>
      <translation>Yeni qovluq</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>Üst qovluq</translation>
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation>&amp;Yeni qovluq</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Çıxar</translation>
    </message>
    <message>
      <source>Look in:</source>
      <translation>Harada:</translation>
    </message>
    <message>
      <source>Alt+Right</source>
      <translation>Alt+Right</translation>
    </message>
    <message>
      <source>Create a New Folder</source>
      <translation>Yeni qovluq yarat</translation>
    </message>
    <message>
      <source>Files of type:</source>
      <translation>Fayl növü:</translation>
    </message>
    <message>
      <source>Find Directory</source>
      <translation>Qovluq tap</translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>&amp;Gizli faylları göstər</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>Fərqli saxla</translation>
    </message>
    <message>
      <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
      <translation>%1
Qovluq tapılmadı.
Lütfən, qovluq adının düzgün olduğunu yoxlayın.</translation>
    </message>
    <message>
      <source>Sidebar</source>
      <translation>Yan panel</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>Siyahı görünüşü</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>&amp;Seç</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Sil</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Bütün fayllar (*)</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>Bütün fayllar (*)</translation>
    </message>
    <message>
      <source>Directories</source>
      <translation>Qovluqlar</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>Adını &amp;dəyiş</translation>
    </message>
    <message>
      <source>Could not delete directory.</source>
      <translation>Qovluğu silmək mümkün olmadı.</translation>
    </message>
    <message>
      <source>Directory:</source>
      <translation>Qovluq:</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>%1 artıq mövcuddur.
Əvəz edilsin?</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>İrəli</translation>
    </message>
    <message>
      <source>Go forward</source>
      <translation>İrəli get</translation>
    </message>
    <message>
      <source>Go to the parent directory</source>
      <translation>Üst qovluğa keç</translation>
    </message>
    <message>
      <source>Recent Places</source>
      <translation>Son yerlər</translation>
    </message>
    <message>
      <source>Go back</source>
      <translation>Geri qayıt</translation>
    </message>
    <message>
      <source>Change to detail view mode</source>
      <translation>Ətraflı görünüşə keç</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>Yeni qovluq yarat</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>Ətraflı görünüş</translation>
    </message>
    <message>
      <source>%1
File not found.
Please verify the correct file name was given.</source>
      <translation>%1
Fayl tapılmadı.
Lütfən, fayl adının düzgün olduğunu yoxlayın.</translation>
    </message>
    <message>
      <source>Change to list view mode</source>
      <translation>Siyahı görünüşünə keç</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Kəs</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>K&amp;opyala</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Təkrarla</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Geri qaytar</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Yapışdır</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Sil</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Hamısını seç</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Kəs</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>K&amp;opyala</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Təkrarla</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Geri qaytar</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Yapışdır</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Sil</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Hamısını seç</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>Keçid &amp;ünvanını kopyala</translation>
    </message>
  </context>
  <context>
    <name>QPrintPropertiesWidget</name>
    <message>
      <source>Form</source>
      <translation>Forma</translation>
    </message>
    <message>
      <source>Page</source>
      <translation>Səhifə</translation>
    </message>
    <message>
      <source>There are conflicts in some options. Please fix them.</source>
      <translation>Bəzi seçimlər arasında ziddiyyət var. Lütfən, düzəldin.</translation>
    </message>
    <message>
      <source>Advanced</source>
      <translation>Əlavə</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>Kind</source>
      <translation>Növ</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Ad</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Ölçü</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Növ</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Kompüterim</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>Kompüter</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>Dəyişmə tarixi</translation>
    </message>
  </context>
  <context>
    <name>QDialog</name>
    <message>
      <source>What's This?</source>
      <translation>Bu nədir?</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>Show Details...</source>
      <translation>Təfərrüatı göstər...</translation>
    </message>
    <message>
      <source>About Qt</source>
      <translation>Qt haqqında</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>Təfərrüatı gizlət...</translation>
    </message>
    <message>
      <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Qt haqqında&lt;/h3&gt;&lt;p&gt;Bu proqram Qt %1 versiyasından istifadə edir.&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>QInputDialog</name>
    <message>
      <source>Enter a value:</source>
      <translation>Qiymət daxil edin:</translation>
    </message>
  </context>
  <context>
    <name>QAbstractFileIconProvider</name>
    <message>
      <source>File</source>
      <translation>Fayl</translation>
    </message>
    <message>
      <source>Alias</source>
      <translation>Psevdonim</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>Disk</translation>
    </message>
    <message>
      <source>File Folder</source>
      <translation>Fayl qovluğu</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Qovluq</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Naməlum</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <translation>Qısayol</translation>
    </message>
  </context>
  <context>
    <name>QAbstractSpinBox</name>
    <message>
      <source>&amp;Select All</source>
      <translation>&amp;Hamısını seç</translation>
    </message>
    <message>
      <source>&amp;Step up</source>
      <translation>&amp;Bir addım artır</translation>
    </message>
    <message>
      <source>Step &amp;down</source>
      <translation>Bir addım a&amp;zalt</translation>
    </message>
  </context>
  <context>
    <name>QScrollBar</name>
    <message>
      <source>Scroll here</source>
      <translation>Bura sürüşdür</translation>
    </message>
    <message>
      <source>Left edge</source>
      <translation>Sol kənar</translation>
    </message>
    <message>
      <source>Top</source>
      <translation>Ən yuxarı</translation>
    </message>
    <message>
      <source>Right edge</source>
      <translation>Sağ kənar</translation>
    </message>
    <message>
      <source>Bottom</source>
      <translation>Ən aşağı</translation>
    </message>
    <message>
      <source>Page left</source>
      <translation>Bir səhifə sola</translation>
    </message>
    <message>
      <source>Page up</source>
      <translation>Bir səhifə yuxarı</translation>
    </message>
    <message>
      <source>Page right</source>
      <translation>Bir səhifə sağa</translation>
    </message>
    <message>
      <source>Page down</source>
      <translation>Bir səhifə aşağı</translation>
    </message>
    <message>
      <source>Scroll left</source>
      <translation>Sola sürüşdür</translation>
    </message>
    <message>
      <source>Scroll up</source>
      <translation>Yuxarı sürüşdür</translation>
    </message>
    <message>
      <source>Scroll right</source>
      <translation>Sağa sürüşdür</translation>
    </message>
    <message>
      <source>Scroll down</source>
      <translation>Aşağı sürüşdür</translation>
    </message>
  </context>
  <context>
    <name>QTabBar</name>
    <message>
      <source>Scroll Left</source>
      <translation>Sola sürüşdür</translation>
    </message>
    <message>
      <source>Scroll Right</source>
      <translation>Sağa sürüşdür</translation>
    </message>
  </context>
  <context>
    <name>QCupsJobWidget</name>
    <message>
      <source>Job</source>
      <translation>Tapşırıq</translation>
    </message>
    <message>
      <source>Job Control</source>
      <translation>Tapşırığın idarəsi</translation>
    </message>
    <message>
      <source>Scheduled printing:</source>
      <translation>Planlı çap:</translation>
    </message>
    <message>
      <source>Billing information:</source>
      <translation>Ödəniş məlumatı:</translation>
    </message>
    <message>
      <source>Job priority:</source>
      <translation>Tapşırığın prioriteti:</translation>
    </message>
    <message>
      <source>Banner Pages</source>
      <translation>Titul səhifələri</translation>
    </message>
    <message>
      <source>Start:</source>
      <translation>Əvvəldə:</translation>
    </message>
    <message>
      <source>End:</source>
      <translation>Sonda:</translation>
    </message>
    <message>
      <source>Print Immediately</source>
      <translation>Dərhal çap et</translation>
    </message>
    <message>
      <source>Hold Indefinitely</source>
      <translation>Növbədə müddətsiz saxla</translation>
    </message>
    <message>
      <source>Day (06:00 to 17:59)</source>
      <translation>Gündüz (06:00–17:59)</translation>
    </message>
    <message>
      <source>Night (18:00 to 05:59)</source>
      <translation>Gecə (18:00–05:59)</translation>
    </message>
    <message>
      <source>Second Shift (16:00 to 23:59)</source>
      <translation>İkinci növbə (16:00–23:59)</translation>
    </message>
    <message>
      <source>Third Shift (00:00 to 07:59)</source>
      <translation>Üçüncü növbə (00:00–07:59)</translation>
    </message>
    <message>
      <source>Weekend (Saturday to Sunday)</source>
      <translation>Həftə sonu (şənbə–bazar)</translation>
    </message>
    <message>
      <source>Specific Time</source>
      <translation>Müəyyən vaxtda</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Yoxdur</translation>
    </message>
    <message>
      <source>Standard</source>
      <translation>Standart</translation>
    </message>
    <message>
      <source>Unclassified</source>
      <translation>Məxfi deyil</translation>
    </message>
    <message>
      <source>Confidential</source>
      <translation>Konfidensial</translation>
    </message>
    <message>
      <source>Classified</source>
      <translation>Gizli</translation>
    </message>
    <message>
      <source>Secret</source>
      <translation>Məxfi</translation>
    </message>
    <message>
      <source>Top Secret</source>
      <translation>Tam məxfi</translation>
    </message>
  </context>
  <context>
    <name>QPageSize</name>
    <message>
      <source>A0</source>
      <translation>A0</translation>
    </message>
    <message>
      <source>A1</source>
      <translation>A1</translation>
    </message>
    <message>
      <source>A2</source>
      <translation>A2</translation>
    </message>
    <message>
      <source>A3</source>
      <translation>A3</translation>
    </message>
    <message>
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <source>A5</source>
      <translation>A5</translation>
    </message>
    <message>
      <source>A6</source>
      <translation>A6</translation>
    </message>
    <message>
      <source>A7</source>
      <translation>A7</translation>
    </message>
    <message>
      <source>A8</source>
      <translation>A8</translation>
    </message>
    <message>
      <source>A9</source>
      <translation>A9</translation>
    </message>
    <message>
      <source>B0</source>
      <translation>B0</translation>
    </message>
    <message>
      <source>B1</source>
      <translation>B1</translation>
    </message>
    <message>
      <source>B2</source>
      <translation>B2</translation>
    </message>
    <message>
      <source>B3</source>
      <translation>B3</translation>
    </message>
    <message>
      <source>B4</source>
      <translation>B4</translation>
    </message>
    <message>
      <source>B5</source>
      <translation>B5</translation>
    </message>
    <message>
      <source>B6</source>
      <translation>B6</translation>
    </message>
    <message>
      <source>B7</source>
      <translation>B7</translation>
    </message>
    <message>
      <source>B8</source>
      <translation>B8</translation>
    </message>
    <message>
      <source>B9</source>
      <translation>B9</translation>
    </message>
    <message>
      <source>A10</source>
      <translation>A10</translation>
    </message>
    <message>
      <source>B10</source>
      <translation>B10</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Letter / ANSI A</source>
      <translation>Letter / ANSI A</translation>
    </message>
    <message>
      <source>Legal</source>
      <translation>Legal</translation>
    </message>
    <message>
      <source>Envelope Monarch</source>
      <translation>Zərf Monarch</translation>
    </message>
    <message>
      <source>Architect A</source>
      <translation>Architect A</translation>
    </message>
    <message>
      <source>Architect B</source>
      <translation>Architect B</translation>
    </message>
    <message>
      <source>Architect C</source>
      <translation>Architect C</translation>
    </message>
    <message>
      <source>Architect D</source>
      <translation>Architect D</translation>
    </message>
    <message>
      <source>Architect E</source>
      <translation>Architect E</translation>
    </message>
    <message>
      <source>Letter Extra</source>
      <translation>Letter Extra</translation>
    </message>
    <message>
      <source>Letter Small</source>
      <translation>Letter kiçik</translation>
    </message>
    <message>
      <source>Envelope You 4</source>
      <translation>Zərf You 4</translation>
    </message>
    <message>
      <source>Envelope US 10</source>
      <translation>Zərf US 10</translation>
    </message>
    <message>
      <source>Envelope US 11</source>
      <translation>Zərf US 11</translation>
    </message>
    <message>
      <source>Envelope US 12</source>
      <translation>Zərf US 12</translation>
    </message>
    <message>
      <source>Envelope US 14</source>
      <translation>Zərf US 14</translation>
    </message>
    <message>
      <source>Envelope PRC 1</source>
      <translation>Zərf PRC 1</translation>
    </message>
    <message>
      <source>Envelope PRC 2</source>
      <translation>Zərf PRC 2</translation>
    </message>
    <message>
      <source>Envelope PRC 3</source>
      <translation>Zərf PRC 3</translation>
    </message>
    <message>
      <source>Envelope PRC 4</source>
      <translation>Zərf PRC 4</translation>
    </message>
    <message>
      <source>Envelope PRC 5</source>
      <translation>Zərf PRC 5</translation>
    </message>
    <message>
      <source>Envelope PRC 6</source>
      <translation>Zərf PRC 6</translation>
    </message>
    <message>
      <source>Envelope PRC 7</source>
      <translation>Zərf PRC 7</translation>
    </message>
    <message>
      <source>Envelope PRC 8</source>
      <translation>Zərf PRC 8</translation>
    </message>
    <message>
      <source>Envelope PRC 9</source>
      <translation>Zərf PRC 9</translation>
    </message>
    <message>
      <source>Envelope C65</source>
      <translation>Zərf C65</translation>
    </message>
    <message>
      <source>Envelope DL</source>
      <translation>Zərf DL</translation>
    </message>
    <message>
      <source>Envelope B4</source>
      <translation>Zərf B4</translation>
    </message>
    <message>
      <source>Envelope B5</source>
      <translation>Zərf B5</translation>
    </message>
    <message>
      <source>Envelope B6</source>
      <translation>Zərf B6</translation>
    </message>
    <message>
      <source>Envelope C0</source>
      <translation>Zərf C0</translation>
    </message>
    <message>
      <source>Envelope C1</source>
      <translation>Zərf C1</translation>
    </message>
    <message>
      <source>Envelope C2</source>
      <translation>Zərf C2</translation>
    </message>
    <message>
      <source>Envelope C3</source>
      <translation>Zərf C3</translation>
    </message>
    <message>
      <source>Envelope C4</source>
      <translation>Zərf C4</translation>
    </message>
    <message>
      <source>Envelope C5</source>
      <translation>Zərf C5</translation>
    </message>
    <message>
      <source>Envelope C6</source>
      <translation>Zərf C6</translation>
    </message>
    <message>
      <source>Envelope C7</source>
      <translation>Zərf C7</translation>
    </message>
    <message>
      <source>Executive (7.5 x 10 in)</source>
      <translation>Executive (7,5 x 10 in)</translation>
    </message>
    <message>
      <source>ANSI C</source>
      <translation>ANSI C</translation>
    </message>
    <message>
      <source>ANSI D</source>
      <translation>ANSI D</translation>
    </message>
    <message>
      <source>ANSI E</source>
      <translation>ANSI E</translation>
    </message>
    <message>
      <source>A4 Plus</source>
      <translation>A4 Plus</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>İxtiyari</translation>
    </message>
    <message>
      <source>JIS B0</source>
      <translation>JIS B0</translation>
    </message>
    <message>
      <source>JIS B1</source>
      <translation>JIS B1</translation>
    </message>
    <message>
      <source>JIS B2</source>
      <translation>JIS B2</translation>
    </message>
    <message>
      <source>JIS B3</source>
      <translation>JIS B3</translation>
    </message>
    <message>
      <source>JIS B4</source>
      <translation>JIS B4</translation>
    </message>
    <message>
      <source>JIS B5</source>
      <translation>JIS B5</translation>
    </message>
    <message>
      <source>JIS B6</source>
      <translation>JIS B6</translation>
    </message>
    <message>
      <source>JIS B7</source>
      <translation>JIS B7</translation>
    </message>
    <message>
      <source>JIS B8</source>
      <translation>JIS B8</translation>
    </message>
    <message>
      <source>JIS B9</source>
      <translation>JIS B9</translation>
    </message>
    <message>
      <source>A3 Extra</source>
      <translation>A3 Extra</translation>
    </message>
    <message>
      <source>PRC 16K</source>
      <translation>PRC 16K</translation>
    </message>
    <message>
      <source>PRC 32K</source>
      <translation>PRC 32K</translation>
    </message>
    <message>
      <source>Quarto</source>
      <translation>Quarto</translation>
    </message>
    <message>
      <source>PRC 32K Big</source>
      <translation>PRC 32K böyük</translation>
    </message>
    <message>
      <source>A4 Extra</source>
      <translation>A4 Extra</translation>
    </message>
    <message>
      <source>A4 Small</source>
      <translation>A4 kiçik</translation>
    </message>
    <message>
      <source>Executive (7.25 x 10.5 in)</source>
      <translation>Executive (7,25 x 10,5 in)</translation>
    </message>
    <message>
      <source>Postcard</source>
      <translation>Açıqca</translation>
    </message>
    <message>
      <source>Tabloid / ANSI B</source>
      <translation>Tabloid / ANSI B</translation>
    </message>
    <message>
      <source>A5 Extra</source>
      <translation>A5 Extra</translation>
    </message>
    <message>
      <source>B5 Extra</source>
      <translation>B5 Extra</translation>
    </message>
    <message>
      <source>Envelope Invite</source>
      <translation>Zərf, dəvətnamə</translation>
    </message>
    <message>
      <source>Envelope Chou 3</source>
      <translation>Zərf Chou 3</translation>
    </message>
    <message>
      <source>Envelope Chou 4</source>
      <translation>Zərf Chou 4</translation>
    </message>
    <message>
      <source>Statement</source>
      <translation>Statement</translation>
    </message>
    <message>
      <source>Fan-fold German (8.5 x 12 in)</source>
      <translation>Qatlanan kağız, alman (8,5 x 12 in)</translation>
    </message>
    <message>
      <source>Envelope PRC 10</source>
      <translation>Zərf PRC 10</translation>
    </message>
    <message>
      <source>Envelope Kaku 2</source>
      <translation>Zərf Kaku 2</translation>
    </message>
    <message>
      <source>Envelope Kaku 3</source>
      <translation>Zərf Kaku 3</translation>
    </message>
    <message>
      <source>Envelope US 9</source>
      <translation>Zərf US 9</translation>
    </message>
    <message>
      <source>%1 x %2 in</source>
      <translation>%1 x %2 in</translation>
    </message>
    <message>
      <source>Super A</source>
      <translation>Super A</translation>
    </message>
    <message>
      <source>Super B</source>
      <translation>Super B</translation>
    </message>
    <message>
      <source>Fan-fold US (14.875 x 11 in)</source>
      <translation>Qatlanan kağız, ABŞ (14,875 x 11 in)</translation>
    </message>
    <message>
      <source>Fan-fold German Legal (8.5 x 13 in)</source>
      <translation>Qatlanan kağız, alman Legal (8,5 x 13 in)</translation>
    </message>
    <message>
      <source>Custom (%1in x %2in)</source>
      <translation>İxtiyari (%1in x %2in)</translation>
    </message>
    <message>
      <source>Custom (%1mm x %2mm)</source>
      <translation>İxtiyari (%1mm x %2mm)</translation>
    </message>
    <message>
      <source>Custom (%1CC x %2CC)</source>
      <translation>İxtiyari (%1CC x %2CC)</translation>
    </message>
    <message>
      <source>Custom (%1DD x %2DD)</source>
      <translation>İxtiyari (%1DD x %2DD)</translation>
    </message>
    <message>
      <source>Custom (%1pc x %2pc)</source>
      <translation>İxtiyari (%1pc x %2pc)</translation>
    </message>
    <message>
      <source>Custom (%1pt x %2pt)</source>
      <translation>İxtiyari (%1pt x %2pt)</translation>
    </message>
    <message>
      <source>Letter Plus</source>
      <translation>Letter Plus</translation>
    </message>
    <message>
      <source>Tabloid Extra</source>
      <translation>Tabloid Extra</translation>
    </message>
    <message>
      <source>Envelope Italian</source>
      <translation>Zərf, italyan</translation>
    </message>
    <message>
      <source>Double Postcard</source>
      <translation>İkiqat açıqca</translation>
    </message>
    <message>
      <source>Legal Extra</source>
      <translation>Legal Extra</translation>
    </message>
    <message>
      <source>Folio (8.27 x 13 in)</source>
      <translation>Folio (8,27 x 13 in)</translation>
    </message>
    <message>
      <source>Ledger / ANSI B</source>
      <translation>Ledger / ANSI B</translation>
    </message>
    <message>
      <source>JIS B10</source>
      <translation>JIS B10</translation>
    </message>
    <message>
      <source>Envelope Personal</source>
      <translation>Zərf, şəxsi</translation>
    </message>
  </context>
  <context>
    <name>QCommandLineParser</name>
    <message>
      <source>Unknown options: %1.</source>
      <translation>Naməlum seçimlər: %1.</translation>
    </message>
    <message>
      <source>Unknown option '%1'.</source>
      <translation>Naməlum seçim: '%1'.</translation>
    </message>
    <message>
      <source>[options]</source>
      <translation>[seçimlər]</translation>
    </message>
    <message>
      <source>Options:</source>
      <translation>Seçimlər:</translation>
    </message>
    <message>
      <source>Displays help including Qt specific options.</source>
      <translation>Qt-yə aid seçimlər daxil olmaqla kömək göstərir.</translation>
    </message>
    <message>
      <source>Usage: %1</source>
      <translation>İstifadə: %1</translation>
    </message>
    <message>
      <source>Displays help on commandline options.</source>
      <translation>Əmr sətri seçimləri üzrə kömək göstərir.</translation>
    </message>
    <message>
      <source>Unexpected value after '%1'.</source>
      <translation>&apos;%1&apos; seçimindən sonra gözlənilməz qiymət.</translation>
    </message>
    <message>
      <source>Displays version information.</source>
      <translation>Versiya məlumatını göstərir.</translation>
    </message>
    <message>
      <source>Arguments:</source>
      <translation>Arqumentlər:</translation>
    </message>
    <message>
      <source>Missing value after '%1'.</source>
      <translation>&apos;%1&apos; seçimindən sonra qiymət yoxdur.</translation>
    </message>
  </context>
</TS>
