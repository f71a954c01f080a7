// Translations of the messages about WIPO ST.26 sequence listings (src/rules/sequences/, src/parse/sequences.rs and
// the listing's reading in src/parse/read.rs), keyed by their English template (see index.js).

export default {
  'This file is {format}; sequence listings are read from WIPO ST.26 XML.': {
    ja: 'このファイルは{format}です。配列表はWIPO標準ST.26のXMLから読み込みます。',
    ko: '이 파일은 {format}입니다. 서열목록은 WIPO 표준 ST.26 XML에서 읽습니다.',
    zh: '该文件是{format}；序列表从WIPO标准ST.26的XML中读取。',
  },
  'The sequence listing could not be read: {reason}.': {
    ja: '配列表を読み込めませんでした：{reason}。',
    ko: '서열목록을 읽을 수 없습니다: {reason}.',
    zh: '无法读取序列表：{reason}。',
  },
  'the root element is <{name}>, not <ST26SequenceListing>': {
    ja: 'ルート要素が<ST26SequenceListing>ではなく<{name}>です',
    ko: '루트 요소가 <ST26SequenceListing>이 아니라 <{name}>입니다',
    zh: '根元素是<{name}>，而不是<ST26SequenceListing>',
  },
  'the listing has more than {limit} sequences': {
    ja: '配列表の配列が上限の{limit}を超えています',
    ko: '서열목록의 서열이 한도인 {limit}개를 넘습니다',
    zh: '序列表中的序列超过上限{limit}条',
  },
  'the listing has more than {limit} features': {
    ja: '配列表の特徴（feature）が上限の{limit}を超えています',
    ko: '서열목록의 특징(feature)이 한도인 {limit}개를 넘습니다',
    zh: '序列表中的特征（feature）超过上限{limit}个',
  },
  'The listing is not encoded in UTF-8; save it as UTF-8.': {
    ja: '配列表がUTF-8で符号化されていません。UTF-8で保存してください。',
    ko: '서열목록이 UTF-8로 인코딩되어 있지 않습니다. UTF-8로 저장하십시오.',
    zh: '序列表未采用UTF-8编码；请以UTF-8保存。',
  },
  'The listing has no XML declaration; it must start with <?xml version="1.0" encoding="UTF-8"?>.': {
    ja: '配列表にXML宣言がありません。<?xml version="1.0" encoding="UTF-8"?>で始める必要があります。',
    ko: '서열목록에 XML 선언이 없습니다. <?xml version="1.0" encoding="UTF-8"?>로 시작해야 합니다.',
    zh: '序列表没有XML声明；必须以<?xml version="1.0" encoding="UTF-8"?>开头。',
  },
  'The XML declaration gives version {version}; a sequence listing is XML 1.0.': {
    ja: 'XML宣言のバージョンが{version}です。配列表はXML 1.0です。',
    ko: 'XML 선언의 버전이 {version}입니다. 서열목록은 XML 1.0입니다.',
    zh: 'XML声明的版本为{version}；序列表应为XML 1.0。',
  },
  'The XML declaration gives the encoding {encoding}; a sequence listing is encoded in UTF-8.': {
    ja: 'XML宣言の符号化方式が{encoding}です。配列表はUTF-8で符号化します。',
    ko: 'XML 선언의 인코딩이 {encoding}입니다. 서열목록은 UTF-8로 인코딩합니다.',
    zh: 'XML声明的编码为{encoding}；序列表应采用UTF-8编码。',
  },
  'The listing has no DOCTYPE declaration; ST.26 requires <!DOCTYPE ST26SequenceListing PUBLIC "-//WIPO//DTD Sequence Listing 1.3//EN" "ST26SequenceListing_V1_3.dtd">.':
    {
      ja: '配列表にDOCTYPE宣言がありません。ST.26では<!DOCTYPE ST26SequenceListing PUBLIC "-//WIPO//DTD Sequence Listing 1.3//EN" "ST26SequenceListing_V1_3.dtd">が必要です。',
      ko: '서열목록에 DOCTYPE 선언이 없습니다. ST.26은 <!DOCTYPE ST26SequenceListing PUBLIC "-//WIPO//DTD Sequence Listing 1.3//EN" "ST26SequenceListing_V1_3.dtd">를 요구합니다.',
      zh: '序列表没有DOCTYPE声明；ST.26要求<!DOCTYPE ST26SequenceListing PUBLIC "-//WIPO//DTD Sequence Listing 1.3//EN" "ST26SequenceListing_V1_3.dtd">。',
    },
  'The DOCTYPE names {name}, not ST26SequenceListing.': {
    ja: 'DOCTYPEの名前がST26SequenceListingではなく{name}です。',
    ko: 'DOCTYPE의 이름이 ST26SequenceListing이 아니라 {name}입니다.',
    zh: 'DOCTYPE的名称是{name}，而不是ST26SequenceListing。',
  },
  "The DOCTYPE declares entities of its own; an ST.26 listing refers to WIPO's DTD only (patlint expands no entity, so references to them stay as written).":
    {
      ja: 'DOCTYPEが独自の実体を宣言しています。ST.26の配列表はWIPOのDTDのみを参照します（patlintは実体を展開しないため、その参照は記載のまま残ります）。',
      ko: 'DOCTYPE이 자체 엔터티를 선언하고 있습니다. ST.26 서열목록은 WIPO의 DTD만 참조합니다(patlint는 엔터티를 확장하지 않으므로 그 참조는 적힌 그대로 남습니다).',
      zh: 'DOCTYPE声明了自己的实体；ST.26序列表只引用WIPO的DTD（patlint不展开任何实体，对它们的引用保持原样）。',
    },
  "The DOCTYPE has an internal subset; an ST.26 listing refers to WIPO's DTD only.": {
    ja: 'DOCTYPEに内部サブセットがあります。ST.26の配列表はWIPOのDTDのみを参照します。',
    ko: 'DOCTYPE에 내부 서브셋이 있습니다. ST.26 서열목록은 WIPO의 DTD만 참조합니다.',
    zh: 'DOCTYPE含有内部子集；ST.26序列表只引用WIPO的DTD。',
  },
  'The DOCTYPE does not refer to WIPO\'s DTD by its public identifier "-//WIPO//DTD Sequence Listing 1.3//EN".': {
    ja: 'DOCTYPEが公開識別子"-//WIPO//DTD Sequence Listing 1.3//EN"でWIPOのDTDを参照していません。',
    ko: 'DOCTYPE이 공개 식별자 "-//WIPO//DTD Sequence Listing 1.3//EN"로 WIPO의 DTD를 참조하지 않습니다.',
    zh: 'DOCTYPE未以公共标识符"-//WIPO//DTD Sequence Listing 1.3//EN"引用WIPO的DTD。',
  },
  "Character {character} ({code}) is not allowed in {element}: outside the applicant's and inventor's names and the title, a listing uses the printable characters of Basic Latin only (Annex IV).":
    {
      ja: '{element}に文字{character}（{code}）は使用できません。出願人名、発明者名及び発明の名称以外では、配列表は基本ラテン文字の印字可能文字のみを使用します（附属書IV）。',
      ko: '{element}에는 문자 {character}({code})를 쓸 수 없습니다. 출원인 및 발명자의 성명과 발명의 명칭 외에는 서열목록은 기본 라틴 문자의 인쇄 가능한 문자만 씁니다(부속서 IV).',
      zh: '{element}中不允许使用字符{character}（{code}）：除申请人和发明人姓名及发明名称外，序列表只使用基本拉丁字母的可打印字符（附件IV）。',
    },
  '{count} more characters outside Annex IV were found and are not listed one by one.': {
    ja: '附属書IVの範囲外の文字がさらに{count}個あり、個別には示していません。',
    ko: '부속서 IV 범위 밖의 문자가 {count}개 더 있으며 하나씩 나열하지 않았습니다.',
    zh: '另有{count}个附件IV范围以外的字符，未逐一列出。',
  },
  'The root element has no dtdVersion attribute (V1_3 for the current DTD).': {
    ja: 'ルート要素にdtdVersion属性がありません（現行のDTDではV1_3）。',
    ko: '루트 요소에 dtdVersion 속성이 없습니다(현행 DTD는 V1_3).',
    zh: '根元素没有dtdVersion属性（现行DTD为V1_3）。',
  },
  'productionDate {value} is not a date written YYYY-MM-DD.': {
    ja: 'productionDateの{value}はYYYY-MM-DD形式の日付ではありません。',
    ko: 'productionDate {value}는 YYYY-MM-DD 형식의 날짜가 아닙니다.',
    zh: 'productionDate {value}不是YYYY-MM-DD格式的日期。',
  },
  '{attribute} {value} is not a two-letter language code (ISO 639-1).': {
    ja: '{attribute}の{value}は2文字の言語コード（ISO 639-1）ではありません。',
    ko: '{attribute} {value}는 두 글자 언어 코드(ISO 639-1)가 아닙니다.',
    zh: '{attribute} {value}不是两个字母的语言代码（ISO 639-1）。',
  },
  'The listing has neither ApplicationIdentification nor ApplicantFileReference: one of them identifies the application.':
    {
      ja: '配列表にApplicationIdentificationもApplicantFileReferenceもありません。いずれかで出願を特定します。',
      ko: '서열목록에 ApplicationIdentification도 ApplicantFileReference도 없습니다. 둘 중 하나로 출원을 특정합니다.',
      zh: '序列表既无ApplicationIdentification也无ApplicantFileReference：需以其中之一标识申请。',
    },
  'The listing has no ApplicantName.': {
    ja: '配列表にApplicantNameがありません。',
    ko: '서열목록에 ApplicantName이 없습니다.',
    zh: '序列表没有ApplicantName。',
  },
  "The applicant's name {name} is not in Latin characters and ApplicantNameLatin is missing.": {
    ja: '出願人名{name}はラテン文字ではなく、ApplicantNameLatinがありません。',
    ko: '출원인 성명 {name}은 라틴 문자가 아니며 ApplicantNameLatin이 없습니다.',
    zh: '申请人名称{name}不是拉丁字母，且缺少ApplicantNameLatin。',
  },
  'The listing has no InventionTitle.': {
    ja: '配列表にInventionTitleがありません。',
    ko: '서열목록에 InventionTitle이 없습니다.',
    zh: '序列表没有InventionTitle。',
  },
  'The listing has no SequenceTotalQuantity; it has {count} SequenceData elements.': {
    ja: '配列表にSequenceTotalQuantityがありません。SequenceData要素は{count}個です。',
    ko: '서열목록에 SequenceTotalQuantity가 없습니다. SequenceData 요소는 {count}개입니다.',
    zh: '序列表没有SequenceTotalQuantity；它有{count}个SequenceData元素。',
  },
  'SequenceTotalQuantity is {declared}, but the listing has {count} SequenceData elements.': {
    ja: 'SequenceTotalQuantityは{declared}ですが、配列表のSequenceData要素は{count}個です。',
    ko: 'SequenceTotalQuantity는 {declared}이지만 서열목록의 SequenceData 요소는 {count}개입니다.',
    zh: 'SequenceTotalQuantity为{declared}，但序列表有{count}个SequenceData元素。',
  },
  'The listing has no SequenceTotalQuantity; it has one SequenceData element.': {
    ja: '配列表にSequenceTotalQuantityがありません。SequenceData要素は1個です。',
    ko: '서열목록에 SequenceTotalQuantity가 없습니다. SequenceData 요소는 1개입니다.',
    zh: '序列表没有SequenceTotalQuantity；它有1个SequenceData元素。',
  },
  'SequenceTotalQuantity is {declared}, but the listing has one SequenceData element.': {
    ja: 'SequenceTotalQuantityは{declared}ですが、配列表のSequenceData要素は1個です。',
    ko: 'SequenceTotalQuantity는 {declared}이지만 서열목록의 SequenceData 요소는 1개입니다.',
    zh: 'SequenceTotalQuantity为{declared}，但序列表有1个SequenceData元素。',
  },
  'sequenceIDNumber {id} is not a whole number.': {
    ja: 'sequenceIDNumberの{id}は整数ではありません。',
    ko: 'sequenceIDNumber {id}는 정수가 아닙니다.',
    zh: 'sequenceIDNumber {id}不是整数。',
  },
  'The first sequence is SEQ ID NO {number}; numbering starts at 1.': {
    ja: '最初の配列が配列番号{number}です。番号は1から始まります。',
    ko: '첫 서열이 서열번호 {number}입니다. 번호는 1부터 시작합니다.',
    zh: '第一条序列是SEQ ID NO {number}；编号从1开始。',
  },
  'SEQ ID NO {number} follows SEQ ID NO {previous}; sequence identification numbers run 1, 2, 3… without gaps or repeats.':
    {
      ja: '配列番号{previous}の次が配列番号{number}です。配列番号は1、2、3…と欠番や重複なく続きます。',
      ko: '서열번호 {previous} 다음이 서열번호 {number}입니다. 서열번호는 1, 2, 3…으로 빠짐이나 중복 없이 이어집니다.',
      zh: 'SEQ ID NO {previous}之后是SEQ ID NO {number}；序列标识号应为1、2、3……连续，无缺号或重复。',
    },
  'SEQ ID NO {id} has no INSDSeq_length.': {
    ja: '配列番号{id}にINSDSeq_lengthがありません。',
    ko: '서열번호 {id}에 INSDSeq_length가 없습니다.',
    zh: 'SEQ ID NO {id}没有INSDSeq_length。',
  },
  'INSDSeq_length of SEQ ID NO {id} is {declared}, but the sequence has {count} residues.': {
    ja: '配列番号{id}のINSDSeq_lengthは{declared}ですが、配列の残基は{count}個です。',
    ko: '서열번호 {id}의 INSDSeq_length는 {declared}이지만 서열의 잔기는 {count}개입니다.',
    zh: 'SEQ ID NO {id}的INSDSeq_length为{declared}，但序列有{count}个残基。',
  },
  'SEQ ID NO {id} has no INSDSeq_moltype; it must be DNA, RNA or AA.': {
    ja: '配列番号{id}にINSDSeq_moltypeがありません。DNA、RNA又はAAである必要があります。',
    ko: '서열번호 {id}에 INSDSeq_moltype이 없습니다. DNA, RNA 또는 AA여야 합니다.',
    zh: 'SEQ ID NO {id}没有INSDSeq_moltype；它必须是DNA、RNA或AA。',
  },
  'INSDSeq_moltype of SEQ ID NO {id} is {value}; it must be DNA, RNA or AA.': {
    ja: '配列番号{id}のINSDSeq_moltypeが{value}です。DNA、RNA又はAAである必要があります。',
    ko: '서열번호 {id}의 INSDSeq_moltype이 {value}입니다. DNA, RNA 또는 AA여야 합니다.',
    zh: 'SEQ ID NO {id}的INSDSeq_moltype为{value}；它必须是DNA、RNA或AA。',
  },
  'SEQ ID NO {id} has no INSDSeq_division; it must be PAT.': {
    ja: '配列番号{id}にINSDSeq_divisionがありません。PATである必要があります。',
    ko: '서열번호 {id}에 INSDSeq_division이 없습니다. PAT여야 합니다.',
    zh: 'SEQ ID NO {id}没有INSDSeq_division；它必须是PAT。',
  },
  'INSDSeq_division of SEQ ID NO {id} is {value}; it must be PAT.': {
    ja: '配列番号{id}のINSDSeq_divisionが{value}です。PATである必要があります。',
    ko: '서열번호 {id}의 INSDSeq_division이 {value}입니다. PAT여야 합니다.',
    zh: 'SEQ ID NO {id}的INSDSeq_division为{value}；它必须是PAT。',
  },
  'SEQ ID NO {id} has u at position {position} ({count} in all); ST.26 writes uracil as t, in RNA as in DNA.': {
    ja: '配列番号{id}の位置{position}にuがあります（全部で{count}個）。ST.26ではウラシルはDNAでもRNAでもtと記載します。',
    ko: '서열번호 {id}의 위치 {position}에 u가 있습니다(모두 {count}개). ST.26은 우라실을 DNA에서와 마찬가지로 RNA에서도 t로 적습니다.',
    zh: 'SEQ ID NO {id}的位置{position}处有u（共{count}个）；ST.26中尿嘧啶在RNA和DNA中一样写作t。',
  },
  'SEQ ID NO {id} has {residue} at position {position} ({count} in all); nucleotides are written in lower case.': {
    ja: '配列番号{id}の位置{position}に{residue}があります（全部で{count}個）。ヌクレオチドは小文字で記載します。',
    ko: '서열번호 {id}의 위치 {position}에 {residue}가 있습니다(모두 {count}개). 뉴클레오타이드는 소문자로 적습니다.',
    zh: 'SEQ ID NO {id}的位置{position}处有{residue}（共{count}个）；核苷酸用小写字母书写。',
  },
  'SEQ ID NO {id} has {residue} at position {position} ({count} in all); amino acids are written in upper case.': {
    ja: '配列番号{id}の位置{position}に{residue}があります（全部で{count}個）。アミノ酸は大文字で記載します。',
    ko: '서열번호 {id}의 위치 {position}에 {residue}가 있습니다(모두 {count}개). 아미노산은 대문자로 적습니다.',
    zh: 'SEQ ID NO {id}的位置{position}处有{residue}（共{count}个）；氨基酸用大写字母书写。',
  },
  'SEQ ID NO {id} has {residue} at position {position} ({count} in all), which is not a symbol of Annex I for {moltype}.':
    {
      ja: '配列番号{id}の位置{position}に{residue}があります（全部で{count}個）。これは{moltype}についての附属書Iの記号ではありません。',
      ko: '서열번호 {id}의 위치 {position}에 {residue}가 있습니다(모두 {count}개). 이는 {moltype}에 대한 부속서 I의 기호가 아닙니다.',
      zh: 'SEQ ID NO {id}的位置{position}处有{residue}（共{count}个），这不是附件I中{moltype}的符号。',
    },
  'Skipped SEQ ID NO {id} has a feature table; an intentionally skipped sequence has none.': {
    ja: 'スキップされた配列番号{id}に特徴テーブルがあります。意図的にスキップした配列には特徴テーブルはありません。',
    ko: '건너뛴 서열번호 {id}에 특징 테이블이 있습니다. 의도적으로 건너뛴 서열에는 특징 테이블이 없습니다.',
    zh: '跳过的SEQ ID NO {id}有特征表；有意跳过的序列没有特征表。',
  },
  'Skipped SEQ ID NO {id} gives {element} {value}; for an intentionally skipped sequence it is left empty.': {
    ja: 'スキップされた配列番号{id}の{element}が{value}です。意図的にスキップした配列では空にします。',
    ko: '건너뛴 서열번호 {id}의 {element}가 {value}입니다. 의도적으로 건너뛴 서열에서는 비워 둡니다.',
    zh: '跳过的SEQ ID NO {id}给出了{element} {value}；有意跳过的序列应将其留空。',
  },
  'SEQ ID NO {id} has INSDSeq_other-seqids, which only offices fill in; remove it.': {
    ja: '配列番号{id}にINSDSeq_other-seqidsがあります。これは庁のみが記入する要素です。削除してください。',
    ko: '서열번호 {id}에 INSDSeq_other-seqids가 있습니다. 이는 관청만 기입하는 요소이므로 삭제하십시오.',
    zh: 'SEQ ID NO {id}有INSDSeq_other-seqids，该元素只由专利局填写；请删除。',
  },
  'SEQ ID NO {id} has no source feature; every sequence has one, with organism and mol_type.': {
    ja: '配列番号{id}にsource特徴がありません。すべての配列にorganism及びmol_typeを伴うsource特徴が必要です。',
    ko: '서열번호 {id}에 source 특징이 없습니다. 모든 서열에는 organism과 mol_type을 갖춘 source 특징이 있어야 합니다.',
    zh: 'SEQ ID NO {id}没有source特征；每条序列都有一个带organism和mol_type的source特征。',
  },
  'The source feature of SEQ ID NO {id} is at {location}; it must span the whole sequence, {whole}.': {
    ja: '配列番号{id}のsource特徴の位置が{location}です。source特徴は配列全体（{whole}）にわたらなければなりません。',
    ko: '서열번호 {id}의 source 특징 위치가 {location}입니다. source 특징은 서열 전체({whole})에 걸쳐야 합니다.',
    zh: 'SEQ ID NO {id}的source特征位于{location}；它必须覆盖整条序列，即{whole}。',
  },
  'The source feature of SEQ ID NO {id} has no {qualifier} qualifier.': {
    ja: '配列番号{id}のsource特徴に{qualifier}修飾子がありません。',
    ko: '서열번호 {id}의 source 특징에 {qualifier} 한정자가 없습니다.',
    zh: 'SEQ ID NO {id}的source特征没有{qualifier}限定词。',
  },
  'mol_type {value} of SEQ ID NO {id} is not a value for {moltype}: use one of {allowed}.': {
    ja: '配列番号{id}のmol_type {value}は{moltype}の値ではありません。{allowed}のいずれかを使用してください。',
    ko: '서열번호 {id}의 mol_type {value}는 {moltype}의 값이 아닙니다. {allowed} 중 하나를 쓰십시오.',
    zh: 'SEQ ID NO {id}的mol_type {value}不是{moltype}的取值：请使用{allowed}之一。',
  },
  "Feature key {key} of SEQ ID NO {id} is not among the keys for {kind} sequences of Annex I (patlint's table of them could not be confirmed against the Annex itself).":
    {
      ja: '配列番号{id}の特徴キー{key}は附属書Iの{kind}配列用のキーにありません（patlintのキー表は附属書そのものでは確認できていません）。',
      ko: '서열번호 {id}의 특징 키 {key}는 부속서 I의 {kind} 서열용 키에 없습니다(patlint의 키 표는 부속서 자체로 확인하지 못했습니다).',
      zh: 'SEQ ID NO {id}的特征键{key}不在附件I中{kind}序列的键之列（patlint的键表未能与附件本身核对）。',
    },
  nucleotide: {
    ja: 'ヌクレオチド',
    ko: '뉴클레오타이드',
    zh: '核苷酸',
  },
  'amino acid': {
    ja: 'アミノ酸',
    ko: '아미노산',
    zh: '氨基酸',
  },
  'The location {location} of feature {key} in SEQ ID NO {id} is not a well-formed location.': {
    ja: '配列番号{id}の特徴{key}の位置{location}は正しい形式の位置ではありません。',
    ko: '서열번호 {id}의 특징 {key}의 위치 {location}는 올바른 형식의 위치가 아닙니다.',
    zh: 'SEQ ID NO {id}中特征{key}的位置{location}格式不正确。',
  },
  "The location {location} of feature {key} in SEQ ID NO {id} reaches position {position}, outside the sequence's {count} residues.":
    {
      ja: '配列番号{id}の特徴{key}の位置{location}は位置{position}に及び、配列の{count}残基の範囲外です。',
      ko: '서열번호 {id}의 특징 {key}의 위치 {location}는 위치 {position}에 이르러 서열의 {count}개 잔기 밖에 있습니다.',
      zh: 'SEQ ID NO {id}中特征{key}的位置{location}到达位置{position}，超出了序列的{count}个残基。',
    },
  'The file name {name} is not accepted by the USPTO: a Sequence Listing XML is named with 1 to 60 letters, digits, hyphens and underscores, then .xml.':
    {
      ja: 'ファイル名{name}はUSPTOで受理されません。Sequence Listing XMLのファイル名は1〜60文字の英字、数字、ハイフン及びアンダースコアに.xmlを付けたものです。',
      ko: '파일명 {name}은 USPTO에서 받아들여지지 않습니다. Sequence Listing XML의 파일명은 1~60자의 영문자, 숫자, 하이픈 및 밑줄 뒤에 .xml을 붙입니다.',
      zh: '文件名{name}不被USPTO接受：Sequence Listing XML的文件名由1至60个字母、数字、连字符和下划线组成，后接.xml。',
    },
  'The sequence listing\'s title "{listed}" differs from the title of {file}, "{title}"; a listing should name the application it belongs to.':
    {
      ja: '配列表の発明の名称「{listed}」は{file}の発明の名称「{title}」と異なります。配列表は属する出願を示すべきです。',
      ko: '서열목록의 발명의 명칭 "{listed}"이(가) {file}의 발명의 명칭 "{title}"과(와) 다릅니다. 서열목록은 해당 출원을 나타내야 합니다.',
      zh: '序列表的发明名称“{listed}”与{file}的发明名称“{title}”不同；序列表应写明其所属的申请。',
    },
  'The mod_base value "{value}" of SEQ ID NO {id} is not an abbreviation of Annex I, Table 2; write the table\'s abbreviation ("m5c" for 5-methylcytidine), or OTHER with the full name in a note qualifier.':
    {
      ja: '配列番号{id}のmod_baseの値「{value}」は附属書I表2の略号ではありません。表の略号（5-メチルシチジンは「m5c」）を書くか、OTHERとしてnote修飾語に完全な名称を書いてください。',
      ko: '서열번호 {id}의 mod_base 값 "{value}"은(는) 부속서 I 표 2의 약어가 아닙니다. 표의 약어(5-메틸시티딘은 "m5c")를 쓰거나, OTHER로 하고 note 한정어에 전체 이름을 쓰십시오.',
      zh: 'SEQ ID NO {id}的mod_base值“{value}”不是附件一表2中的缩写；请填写表中的缩写（5-甲基胞苷为“m5c”），或填写OTHER并在note限定词中给出全称。',
    },
  'The modified base of SEQ ID NO {id} is OTHER without a note qualifier; give its complete name in a note.': {
    ja: '配列番号{id}の修飾塩基はOTHERですがnote修飾語がありません。noteに完全な名称を書いてください。',
    ko: '서열번호 {id}의 변형 염기가 OTHER인데 note 한정어가 없습니다. note에 전체 이름을 쓰십시오.',
    zh: 'SEQ ID NO {id}的修饰碱基为OTHER，但没有note限定词；请在note中给出其全称。',
  },
  "Qualifier {name} of feature {key} in SEQ ID NO {id} is not among the qualifiers for {kind} sequences of Annex I (patlint's table of them could not be confirmed against the Annex itself).":
    {
      ja: '配列番号{id}のフィーチャー{key}の修飾語{name}は、附属書Iの{kind}配列の修飾語にありません（patlintの表は附属書そのものと照合できていません）。',
      ko: '서열번호 {id}의 특징 {key}의 한정어 {name}은(는) 부속서 I의 {kind} 서열 한정어에 없습니다(patlint의 표는 부속서 자체와 대조하지 못했습니다).',
      zh: 'SEQ ID NO {id}中特征{key}的限定词{name}不在附件一的{kind}序列限定词之列（patlint的该表未能与附件本身核对）。',
    },
  'codon_start of feature {key} in SEQ ID NO {id} is "{value}"; it must be 1, 2 or 3.': {
    ja: '配列番号{id}のフィーチャー{key}のcodon_startが「{value}」です。1、2または3でなければなりません。',
    ko: '서열번호 {id}의 특징 {key}의 codon_start가 "{value}"입니다. 1, 2 또는 3이어야 합니다.',
    zh: 'SEQ ID NO {id}中特征{key}的codon_start为“{value}”；必须为1、2或3。',
  },
  'transl_table of feature {key} in SEQ ID NO {id} is "{value}", which is not the number of a genetic code table of Annex I, Section 9 (1 is the standard code).':
    {
      ja: '配列番号{id}のフィーチャー{key}のtransl_table「{value}」は附属書I第9節の遺伝暗号表の番号ではありません（1が標準遺伝暗号）。',
      ko: '서열번호 {id}의 특징 {key}의 transl_table "{value}"은(는) 부속서 I 제9절의 유전 암호표 번호가 아닙니다(1이 표준 암호).',
      zh: 'SEQ ID NO {id}中特征{key}的transl_table“{value}”不是附件一第9节遗传密码表的编号（1为标准密码）。',
    },
  'The {name} of feature {key} in SEQ ID NO {id} is given only in another language ("{value}"); the USPTO requires its English text in INSDQualifier_value as well.':
    {
      ja: '配列番号{id}のフィーチャー{key}の{name}は他の言語（「{value}」）でのみ記載されています。USPTOはINSDQualifier_valueに英語の記載も求めます。',
      ko: '서열번호 {id}의 특징 {key}의 {name}이(가) 다른 언어("{value}")로만 기재되어 있습니다. USPTO는 INSDQualifier_value에 영어 기재도 요구합니다.',
      zh: 'SEQ ID NO {id}中特征{key}的{name}仅以其他语言（“{value}”）给出；USPTO还要求在INSDQualifier_value中给出英文。',
    },
  'The listing has free text in another language than English (the {name} of SEQ ID NO {id}, "{text}") but no nonEnglishFreeTextLanguageCode on its root to say which language.':
    {
      ja: '配列表には英語以外の自由記載（配列番号{id}の{name}「{text}」）がありますが、ルートにその言語を示すnonEnglishFreeTextLanguageCodeがありません。',
      ko: '서열목록에 영어 이외의 자유 기재(서열번호 {id}의 {name} "{text}")가 있으나, 루트에 그 언어를 나타내는 nonEnglishFreeTextLanguageCode가 없습니다.',
      zh: '序列表含有英语以外的自由文本（SEQ ID NO {id}的{name}“{text}”），但根元素上没有说明其语言的nonEnglishFreeTextLanguageCode。',
    },
  'The {name} of feature {key} in SEQ ID NO {id} ("{text}") is not written in the script of the language the listing declares for its non-English free text ({code}).':
    {
      ja: '配列番号{id}のフィーチャー{key}の{name}（「{text}」）は、配列表が英語以外の自由記載について宣言した言語（{code}）の文字で書かれていません。',
      ko: '서열번호 {id}의 특징 {key}의 {name}("{text}")이(가) 서열목록이 영어 이외의 자유 기재에 대해 선언한 언어({code})의 문자로 쓰여 있지 않습니다.',
      zh: 'SEQ ID NO {id}中特征{key}的{name}（“{text}”）不是用序列表为非英语自由文本声明的语言（{code}）的文字书写的。',
    },
  'SEQ ID NO {number} is cited here, but the sequence listing {listing} has no such sequence.': {
    ja: 'ここで配列番号{number}が引用されていますが、配列表{listing}にその配列はありません。',
    ko: '여기서 서열번호 {number}를 인용하지만 서열목록 {listing}에는 그 서열이 없습니다.',
    zh: '此处引用了SEQ ID NO {number}，但序列表{listing}中没有该序列。',
  },
  'SEQ ID NO {id} is in the listing, but neither the description nor the claims cite it.': {
    ja: '配列番号{id}は配列表にありますが、明細書にも特許請求の範囲にも引用されていません。',
    ko: '서열번호 {id}는 서열목록에 있지만 명세서와 청구범위 어디에서도 인용되지 않습니다.',
    zh: 'SEQ ID NO {id}在序列表中，但说明书和权利要求书均未引用。',
  },
  'A sequence of {count} specifically defined nucleotides is written out here without a SEQ ID NO; ST.26 requires it in the sequence listing, cited by its SEQ ID NO.':
    {
      ja: 'ここに具体的に定義された{count}個のヌクレオチドの配列が配列番号なしで記載されています。ST.26では、この配列を配列表に含め、配列番号で引用する必要があります。',
      ko: '여기에 구체적으로 정의된 뉴클레오타이드 {count}개의 서열이 서열번호 없이 적혀 있습니다. ST.26은 이 서열을 서열목록에 넣고 서열번호로 인용하도록 요구합니다.',
      zh: '此处写出了由{count}个具体定义的核苷酸组成的序列，但没有SEQ ID NO；ST.26要求将其列入序列表并以其SEQ ID NO引用。',
    },
  'A sequence of {count} specifically defined amino acids is written out here without a SEQ ID NO; ST.26 requires it in the sequence listing, cited by its SEQ ID NO.':
    {
      ja: 'ここに具体的に定義された{count}個のアミノ酸の配列が配列番号なしで記載されています。ST.26では、この配列を配列表に含め、配列番号で引用する必要があります。',
      ko: '여기에 구체적으로 정의된 아미노산 {count}개의 서열이 서열번호 없이 적혀 있습니다. ST.26은 이 서열을 서열목록에 넣고 서열번호로 인용하도록 요구합니다.',
      zh: '此处写出了由{count}个具体定义的氨基酸组成的序列，但没有SEQ ID NO；ST.26要求将其列入序列表并以其SEQ ID NO引用。',
    },
};
