// Translations of the claims rules' messages (src/rules/claims/), keyed by their English template (see index.js).

export default {
  'Claim {claim} does not end with a period.': {
    ja: '請求項{claim}の末尾にピリオドがありません。',
    ko: '청구항 {claim}이(가) 마침표로 끝나지 않습니다.',
    zh: '权利要求{claim}未以句号结尾。',
  },
  // Its fix.
  'Add the final period to claim {claim}': {
    ja: '請求項{claim}の末尾にピリオドを追加',
    ko: '청구항 {claim}의 끝에 마침표 추가',
    zh: '在权利要求{claim}末尾添加句点',
  },

  // antecedent_basis_missing.rs
  'Claim {claim}: "{phrase}" has no antecedent: nothing earlier in this claim or in the claims it depends on introduces "{name}".':
    {
      ja: '請求項{claim}：「{phrase}」に先行する記載（antecedent basis）がありません。この請求項にも、その引用する請求項にも、先に「{name}」を導入する記載がありません。',
      ko: '청구항 {claim}: "{phrase}"에 대한 선행 기재(antecedent basis)가 없습니다. 이 청구항에도, 이 청구항이 인용하는 청구항에도 앞서 "{name}"을(를) 도입하는 기재가 없습니다.',
      zh: '权利要求{claim}：“{phrase}”缺乏引用基础：本权利要求及其所引用的权利要求中均未在前文引入“{name}”。',
    },

  // cancelled_claim_has_text.rs
  'Claim {claim} is cancelled or not entered but its text is still shown; list only its number and status.': {
    ja: '請求項{claim}は削除（Canceled）又は不受理（Not entered）とされていますが、本文が記載されたままです。番号とステータスのみを記載してください。',
    ko: '청구항 {claim}은(는) 삭제(Canceled) 또는 미반영(Not entered) 상태이지만 본문이 그대로 기재되어 있습니다. 번호와 상태만 기재하십시오.',
    zh: '权利要求{claim}已删除（Canceled）或未录入（Not entered），但仍列出了其文本；请仅列出其编号和状态。',
  },

  // dependency_cycle.rs
  'Claims {claims} depend on each other in a circle; none of them leads back to an independent claim.': {
    ja: '請求項{claims}は互いに循環して引用しており、いずれも独立請求項に行き着きません。',
    ko: '청구항 {claims}이(가) 서로 순환하여 인용하고 있어, 어느 것도 독립항으로 이어지지 않습니다.',
    zh: '权利要求{claims}相互循环引用，均无法追溯到独立权利要求。',
  },

  // dependency_on_cancelled_claim.rs
  'Claim {claim} refers to claim {target}, which the listing marks as cancelled or not entered.': {
    ja: '請求項{claim}が引用する請求項{target}は、クレームリストで削除（Canceled）又は不受理（Not entered）とされています。',
    ko: '청구항 {claim}이(가) 인용하는 청구항 {target}은(는) 청구항 목록에서 삭제(Canceled) 또는 미반영(Not entered)으로 표시되어 있습니다.',
    zh: '权利要求{claim}引用的权利要求{target}在权利要求列表中被标为已删除（Canceled）或未录入（Not entered）。',
  },
  'Claim {claim} refers to claims {targets}, which the listing marks as cancelled or not entered.': {
    ja: '請求項{claim}が引用する請求項{targets}は、クレームリストで削除（Canceled）又は不受理（Not entered）とされています。',
    ko: '청구항 {claim}이(가) 인용하는 청구항 {targets}은(는) 청구항 목록에서 삭제(Canceled) 또는 미반영(Not entered)으로 표시되어 있습니다.',
    zh: '权利要求{claim}引用的权利要求{targets}在权利要求列表中被标为已删除（Canceled）或未录入（Not entered）。',
  },

  // dependency_on_itself.rs
  'Claim {claim} refers to itself.': {
    ja: '請求項{claim}が自身を引用しています。',
    ko: '청구항 {claim}이(가) 자기 자신을 인용하고 있습니다.',
    zh: '权利要求{claim}引用了其自身。',
  },

  // dependency_on_later_claim.rs
  'Claim {claim} refers to claim {target}, written after it; a claim may only refer to claims before it.': {
    ja: '請求項{claim}が後に記載された請求項{target}を引用しています。請求項は、それより前に記載された請求項のみを引用できます。',
    ko: '청구항 {claim}이(가) 뒤에 기재된 청구항 {target}을(를) 인용하고 있습니다. 청구항은 앞에 기재된 청구항만 인용할 수 있습니다.',
    zh: '权利要求{claim}引用了在其之后的权利要求{target}；权利要求只能引用在其之前的权利要求。',
  },
  'Claim {claim} refers to claims {targets}, written after it; a claim may only refer to claims before it.': {
    ja: '請求項{claim}が後に記載された請求項{targets}を引用しています。請求項は、それより前に記載された請求項のみを引用できます。',
    ko: '청구항 {claim}이(가) 뒤에 기재된 청구항 {targets}을(를) 인용하고 있습니다. 청구항은 앞에 기재된 청구항만 인용할 수 있습니다.',
    zh: '权利要求{claim}引用了在其之后的权利要求{targets}；权利要求只能引用在其之前的权利要求。',
  },

  // dependency_target_missing.rs
  'Claim {claim} refers to claim {target}, which the claim set does not contain.': {
    ja: '請求項{claim}が引用する請求項{target}は、特許請求の範囲にありません。',
    ko: '청구항 {claim}이(가) 인용하는 청구항 {target}은(는) 청구범위에 없습니다.',
    zh: '权利要求{claim}引用的权利要求{target}在权利要求书中不存在。',
  },
  'Claim {claim} refers to claims {targets}, which the claim set does not contain.': {
    ja: '請求項{claim}が引用する請求項{targets}は、特許請求の範囲にありません。',
    ko: '청구항 {claim}이(가) 인용하는 청구항 {targets}은(는) 청구범위에 없습니다.',
    zh: '权利要求{claim}引用的权利要求{targets}在权利要求书中不存在。',
  },

  // independent_claims_same_category.rs
  'Claims {claims} are all independent product claims; the EPO allows this only for interrelated products, different uses or alternative solutions.':
    {
      ja: '請求項{claims}はいずれも物の独立請求項です。EPOがこれを認めるのは、相互に関連する複数の物、異なる用途又は択一的な解決手段の場合に限られます。',
      ko: '청구항 {claims}은(는) 모두 물건에 관한 독립항입니다. EPO는 상호 관련된 물건, 서로 다른 용도 또는 대안적 해결 수단인 경우에만 이를 허용합니다.',
      zh: '权利要求{claims}均为产品独立权利要求；EPO仅在涉及相互关联的产品、不同用途或替代解决方案时才允许这种情况。',
    },
  'Claims {claims} are both independent product claims; the EPO allows this only for interrelated products, different uses or alternative solutions.':
    {
      ja: '請求項{claims}はともに物の独立請求項です。EPOがこれを認めるのは、相互に関連する複数の物、異なる用途又は択一的な解決手段の場合に限られます。',
      ko: '청구항 {claims}은(는) 둘 다 물건에 관한 독립항입니다. EPO는 상호 관련된 물건, 서로 다른 용도 또는 대안적 해결 수단인 경우에만 이를 허용합니다.',
      zh: '权利要求{claims}均为产品独立权利要求；EPO仅在涉及相互关联的产品、不同用途或替代解决方案时才允许这种情况。',
    },
  'Claims {claims} are all independent apparatus claims; the EPO allows this only for interrelated products, different uses or alternative solutions.':
    {
      ja: '請求項{claims}はいずれも装置の独立請求項です。EPOがこれを認めるのは、相互に関連する複数の物、異なる用途又は択一的な解決手段の場合に限られます。',
      ko: '청구항 {claims}은(는) 모두 장치에 관한 독립항입니다. EPO는 상호 관련된 물건, 서로 다른 용도 또는 대안적 해결 수단인 경우에만 이를 허용합니다.',
      zh: '权利要求{claims}均为装置独立权利要求；EPO仅在涉及相互关联的产品、不同用途或替代解决方案时才允许这种情况。',
    },
  'Claims {claims} are both independent apparatus claims; the EPO allows this only for interrelated products, different uses or alternative solutions.':
    {
      ja: '請求項{claims}はともに装置の独立請求項です。EPOがこれを認めるのは、相互に関連する複数の物、異なる用途又は択一的な解決手段の場合に限られます。',
      ko: '청구항 {claims}은(는) 둘 다 장치에 관한 독립항입니다. EPO는 상호 관련된 물건, 서로 다른 용도 또는 대안적 해결 수단인 경우에만 이를 허용합니다.',
      zh: '权利要求{claims}均为装置独立权利要求；EPO仅在涉及相互关联的产品、不同用途或替代解决方案时才允许这种情况。',
    },
  'Claims {claims} are all independent method claims; the EPO allows this only for interrelated products, different uses or alternative solutions.':
    {
      ja: '請求項{claims}はいずれも方法の独立請求項です。EPOがこれを認めるのは、相互に関連する複数の物、異なる用途又は択一的な解決手段の場合に限られます。',
      ko: '청구항 {claims}은(는) 모두 방법에 관한 독립항입니다. EPO는 상호 관련된 물건, 서로 다른 용도 또는 대안적 해결 수단인 경우에만 이를 허용합니다.',
      zh: '权利要求{claims}均为方法独立权利要求；EPO仅在涉及相互关联的产品、不同用途或替代解决方案时才允许这种情况。',
    },
  'Claims {claims} are both independent method claims; the EPO allows this only for interrelated products, different uses or alternative solutions.':
    {
      ja: '請求項{claims}はともに方法の独立請求項です。EPOがこれを認めるのは、相互に関連する複数の物、異なる用途又は択一的な解決手段の場合に限られます。',
      ko: '청구항 {claims}은(는) 둘 다 방법에 관한 독립항입니다. EPO는 상호 관련된 물건, 서로 다른 용도 또는 대안적 해결 수단인 경우에만 이를 허용합니다.',
      zh: '权利要求{claims}均为方法独立权利要求；EPO仅在涉及相互关联的产品、不同用途或替代解决方案时才允许这种情况。',
    },
  'Claims {claims} are all independent use claims; the EPO allows this only for interrelated products, different uses or alternative solutions.':
    {
      ja: '請求項{claims}はいずれも使用の独立請求項です。EPOがこれを認めるのは、相互に関連する複数の物、異なる用途又は択一的な解決手段の場合に限られます。',
      ko: '청구항 {claims}은(는) 모두 용도에 관한 독립항입니다. EPO는 상호 관련된 물건, 서로 다른 용도 또는 대안적 해결 수단인 경우에만 이를 허용합니다.',
      zh: '权利要求{claims}均为用途独立权利要求；EPO仅在涉及相互关联的产品、不同用途或替代解决方案时才允许这种情况。',
    },
  'Claims {claims} are both independent use claims; the EPO allows this only for interrelated products, different uses or alternative solutions.':
    {
      ja: '請求項{claims}はともに使用の独立請求項です。EPOがこれを認めるのは、相互に関連する複数の物、異なる用途又は択一的な解決手段の場合に限られます。',
      ko: '청구항 {claims}은(는) 둘 다 용도에 관한 독립항입니다. EPO는 상호 관련된 물건, 서로 다른 용도 또는 대안적 해결 수단인 경우에만 이를 허용합니다.',
      zh: '权利要求{claims}均为用途独立权利要求；EPO仅在涉及相互关联的产品、不同用途或替代解决方案时才允许这种情况。',
    },

  // lowercase_start.rs
  'Claim {claim} begins with a lower-case letter; a claim begins with a capital.': {
    ja: '請求項{claim}が小文字で始まっています。請求項は大文字で始めます。',
    ko: '청구항 {claim}이(가) 소문자로 시작합니다. 청구항은 대문자로 시작해야 합니다.',
    zh: '权利要求{claim}以小写字母开头；权利要求应以大写字母开头。',
  },

  // multiple_dependency_not_alternative.rs
  'Claim {claim} refers to claims {targets} together ("and"); a multiple dependent claim must refer to them in the alternative, e.g. "claim 1 or 2" or "any one of claims 1 to 3".':
    {
      ja: '請求項{claim}は請求項{targets}を累積的に（「及び」で）引用しています。多数項従属請求項は、「請求項1又は2」、「請求項1から3のいずれか1項」のように択一的に引用しなければなりません。',
      ko: '청구항 {claim}이(가) 청구항 {targets}을(를) 누적적으로("및") 인용하고 있습니다. 다중 종속항은 "청구항 1 또는 2", "청구항 1 내지 3 중 어느 한 항"과 같이 택일적으로 인용해야 합니다.',
      zh: '权利要求{claim}以累加方式（“和”）引用权利要求{targets}；多项从属权利要求应以择一方式引用，例如“权利要求1或2”或“权利要求1至3中任一项”。',
    },
  'Claim {claim} refers to claims {targets} without saying they are alternatives; a multiple dependent claim must refer to them in the alternative, e.g. "claim 1 or 2" or "any one of claims 1 to 3".':
    {
      ja: '請求項{claim}は請求項{targets}を、択一的であることを示さずに引用しています。多数項従属請求項は、「請求項1又は2」、「請求項1から3のいずれか1項」のように択一的に引用しなければなりません。',
      ko: '청구항 {claim}이(가) 청구항 {targets}을(를) 택일적임을 밝히지 않고 인용하고 있습니다. 다중 종속항은 "청구항 1 또는 2", "청구항 1 내지 3 중 어느 한 항"과 같이 택일적으로 인용해야 합니다.',
      zh: '权利要求{claim}引用权利要求{targets}时未表明是择一引用；多项从属权利要求应以择一方式引用，例如“权利要求1或2”或“权利要求1至3中任一项”。',
    },
  'Claim {claim} refers to claims {targets} in separate references that add up; a multiple dependent claim must refer to them in the alternative, e.g. "claim 1 or 2" or "any one of claims 1 to 3".':
    {
      ja: '請求項{claim}は別々の引用により請求項{targets}を累積的に引用しています。多数項従属請求項は、「請求項1又は2」、「請求項1から3のいずれか1項」のように択一的に引用しなければなりません。',
      ko: '청구항 {claim}이(가) 별개의 인용을 통해 청구항 {targets}을(를) 누적적으로 인용하고 있습니다. 다중 종속항은 "청구항 1 또는 2", "청구항 1 내지 3 중 어느 한 항"과 같이 택일적으로 인용해야 합니다.',
      zh: '权利要求{claim}通过多处单独引用累加地引用了权利要求{targets}；多项从属权利要求应以择一方式引用，例如“权利要求1或2”或“权利要求1至3中任一项”。',
    },

  // multiple_dependency_on_multiple.rs
  'Claim {claim} is a multiple dependent claim and refers to claim {target}, which is multiple dependent too.': {
    ja: '多数項従属請求項である請求項{claim}が、同じく多数項従属請求項である請求項{target}を引用しています。',
    ko: '다중 종속항인 청구항 {claim}이(가) 역시 다중 종속항인 청구항 {target}을(를) 인용하고 있습니다.',
    zh: '多项从属权利要求{claim}引用了同为多项从属权利要求的权利要求{target}。',
  },
  'Claim {claim} is a multiple dependent claim and refers to claims {targets}, which are multiple dependent too.': {
    ja: '多数項従属請求項である請求項{claim}が、同じく多数項従属請求項である請求項{targets}を引用しています。',
    ko: '다중 종속항인 청구항 {claim}이(가) 역시 다중 종속항인 청구항 {targets}을(를) 인용하고 있습니다.',
    zh: '多项从属权利要求{claim}引用了同为多项从属权利要求的权利要求{targets}。',
  },
  'Claim {claim} is a multiple dependent claim and refers to claim {target}, which is multiple dependent or depends on a multiple dependent claim.':
    {
      ja: '多数項従属請求項である請求項{claim}が、多数項従属請求項であるか又は多数項従属請求項に従属する請求項{target}を引用しています。',
      ko: '다중 종속항인 청구항 {claim}이(가) 다중 종속항이거나 다중 종속항에 종속하는 청구항 {target}을(를) 인용하고 있습니다.',
      zh: '多项从属权利要求{claim}引用了权利要求{target}，该权利要求是多项从属权利要求或从属于多项从属权利要求。',
    },
  'Claim {claim} is a multiple dependent claim and refers to claims {targets}, which are multiple dependent or depend on a multiple dependent claim.':
    {
      ja: '多数項従属請求項である請求項{claim}が、多数項従属請求項であるか又は多数項従属請求項に従属する請求項{targets}を引用しています。',
      ko: '다중 종속항인 청구항 {claim}이(가) 다중 종속항이거나 다중 종속항에 종속하는 청구항 {targets}을(를) 인용하고 있습니다.',
      zh: '多项从属权利要求{claim}引用了权利要求{targets}，这些权利要求是多项从属权利要求或从属于多项从属权利要求。',
    },

  // no_independent_claim.rs
  'Every claim refers to another claim: the claim set has no independent claim.': {
    ja: 'すべての請求項が他の請求項を引用しており、独立請求項がありません。',
    ko: '모든 청구항이 다른 청구항을 인용하고 있어 독립항이 없습니다.',
    zh: '所有权利要求均引用其他权利要求，权利要求书中没有独立权利要求。',
  },

  // number_duplicated.rs
  'Two claims are numbered {number}; each claim needs its own number.': {
    ja: '2つの請求項に同じ番号{number}が付されています。請求項ごとに別の番号が必要です。',
    ko: '두 청구항에 같은 번호 {number}이(가) 붙어 있습니다. 청구항마다 고유한 번호가 있어야 합니다.',
    zh: '有两项权利要求的编号均为{number}；每项权利要求应有各自的编号。',
  },

  // numbering_not_consecutive.rs
  'The first claim is numbered {number}; claims are numbered from 1.': {
    ja: '最初の請求項の番号が{number}です。請求項には1から番号を付します。',
    ko: '첫 번째 청구항의 번호가 {number}입니다. 청구항 번호는 1부터 매깁니다.',
    zh: '第一项权利要求的编号为{number}；权利要求应从1开始编号。',
  },
  'Claim {claim} follows claim {previous}: claim {missing} is missing. Claims are numbered consecutively.': {
    ja: '請求項{previous}の次が請求項{claim}で、請求項{missing}が欠けています。請求項には連続した番号を付します。',
    ko: '청구항 {previous} 다음에 청구항 {claim}이(가) 와서 청구항 {missing}이(가) 빠져 있습니다. 청구항 번호는 연속해야 합니다.',
    zh: '权利要求{claim}紧接在权利要求{previous}之后：缺少权利要求{missing}。权利要求应连续编号。',
  },
  'Claim {claim} follows claim {previous}: claims {first} and {last} are missing. Claims are numbered consecutively.': {
    ja: '請求項{previous}の次が請求項{claim}で、請求項{first}及び{last}が欠けています。請求項には連続した番号を付します。',
    ko: '청구항 {previous} 다음에 청구항 {claim}이(가) 와서 청구항 {first} 및 {last}이(가) 빠져 있습니다. 청구항 번호는 연속해야 합니다.',
    zh: '权利要求{claim}紧接在权利要求{previous}之后：缺少权利要求{first}和{last}。权利要求应连续编号。',
  },
  'Claim {claim} follows claim {previous}: claims {first} to {last} are missing. Claims are numbered consecutively.': {
    ja: '請求項{previous}の次が請求項{claim}で、請求項{first}から{last}までが欠けています。請求項には連続した番号を付します。',
    ko: '청구항 {previous} 다음에 청구항 {claim}이(가) 와서 청구항 {first}부터 {last}까지가 빠져 있습니다. 청구항 번호는 연속해야 합니다.',
    zh: '权利要求{claim}紧接在权利要求{previous}之后：缺少权利要求{first}至{last}。权利要求应连续编号。',
  },
  'Claim {claim} follows claim {previous}: claims are numbered in the order they are written.': {
    ja: '請求項{previous}の次に請求項{claim}が記載されています。請求項には記載順に番号を付します。',
    ko: '청구항 {previous} 다음에 청구항 {claim}이(가) 기재되어 있습니다. 청구항 번호는 기재 순서대로 매깁니다.',
    zh: '权利要求{claim}位于权利要求{previous}之后；权利要求应按撰写顺序编号。',
  },

  // renumber.rs: the fix of number_duplicated.rs and numbering_not_consecutive.rs
  'Renumber claims as 1 to {count}, with their references': {
    ja: '請求項の番号を1〜{count}に振り直し、引用も更新',
    ko: '청구항 번호를 1부터 {count}까지 다시 매기고 인용도 수정',
    zh: '将权利要求重新编号为1至{count}，并更新引用',
  },

  // reference_not_by_number.rs
  'Claim {claim} refers to claim {target} without its number; cite it as "claim {target}".': {
    ja: '請求項{claim}は番号を示さずに請求項{target}を引用しています。「請求項{target}」と番号で引用してください。',
    ko: '청구항 {claim}이(가) 번호를 밝히지 않고 청구항 {target}을(를) 인용하고 있습니다. "청구항 {target}"과 같이 번호로 인용하십시오.',
    zh: '权利要求{claim}引用权利要求{target}时未写明编号；请写作“权利要求{target}”。',
  },
  'Claim {claim} refers to earlier claims without naming them; cite them by number, e.g. "claim 1 or 2".': {
    ja: '請求項{claim}は番号を示さずに先の請求項を引用しています。「請求項1又は2」のように番号で引用してください。',
    ko: '청구항 {claim}이(가) 번호를 밝히지 않고 앞의 청구항을 인용하고 있습니다. "청구항 1 또는 2"와 같이 번호로 인용하십시오.',
    zh: '权利要求{claim}引用在前的权利要求时未写明编号；请以编号引用，例如“权利要求1或2”。',
  },
  'Claim {claim} refers to earlier claims without naming them; cite them by number, e.g. "any one of claims 1 to {last}".':
    {
      ja: '請求項{claim}は番号を示さずに先の請求項を引用しています。「請求項1から{last}のいずれか1項」のように番号で引用してください。',
      ko: '청구항 {claim}이(가) 번호를 밝히지 않고 앞의 청구항을 인용하고 있습니다. "청구항 1 내지 {last} 중 어느 한 항"과 같이 번호로 인용하십시오.',
      zh: '权利要求{claim}引用在前的权利要求时未写明编号；请以编号引用，例如“权利要求1至{last}中任一项”。',
    },

  // reference_sign_without_parentheses.rs
  'Claim {claim} has a reference sign without parentheses; write it as "({sign})".': {
    ja: '請求項{claim}に括弧で囲まれていない符号があります。「({sign})」と記載してください。',
    ko: '청구항 {claim}에 괄호로 묶지 않은 도면부호가 있습니다. "({sign})" 형식으로 기재하십시오.',
    zh: '权利要求{claim}中有未加括号的附图标记；应写作“({sign})”。',
  },

  // reference_to_description.rs
  'Claim {claim} refers to the description or the drawings; claims should define the invention in their own words.': {
    ja: '請求項{claim}は明細書又は図面の記載を引用しています。請求項は、それ自体の記載によって発明を特定すべきです。',
    ko: '청구항 {claim}이(가) 발명의 설명 또는 도면을 인용하고 있습니다. 청구항은 그 자체의 기재로 발명을 특정해야 합니다.',
    zh: '权利要求{claim}引用了说明书或附图；权利要求应以其自身的文字限定发明。',
  },

  // several_sentences.rs
  'Claim {claim} has a period inside it that ends a sentence; a claim is one sentence.': {
    ja: '請求項{claim}の途中に文を終えるピリオドがあります。請求項は1つの文で記載します。',
    ko: '청구항 {claim} 중간에 문장을 끝내는 마침표가 있습니다. 청구항은 하나의 문장이어야 합니다.',
    zh: '权利要求{claim}中间有结束句子的句号；一项权利要求只能是一句话。',
  },

  // status_identifier_invalid.rs
  'Claim {claim} has the status "({status})", which is not one of Original, Currently amended, Canceled, Withdrawn, Previously presented, New or Not entered.':
    {
      ja: '請求項{claim}のステータス「({status})」は、Original、Currently amended、Canceled、Withdrawn、Previously presented、New、Not enteredのいずれでもありません。',
      ko: '청구항 {claim}의 상태 "({status})"은(는) Original, Currently amended, Canceled, Withdrawn, Previously presented, New, Not entered 중 어느 것도 아닙니다.',
      zh: '权利要求{claim}的状态“({status})”不是Original、Currently amended、Canceled、Withdrawn、Previously presented、New或Not entered中的任何一种。',
    },

  // status_identifier_missing.rs
  'Claim {claim} has no status identifier, though other claims of the listing do; add one such as (Original) or (Currently amended).':
    {
      ja: 'クレームリストの他の請求項にはステータス識別子がありますが、請求項{claim}にはありません。(Original)、(Currently amended)などの識別子を付けてください。',
      ko: '청구항 목록의 다른 청구항에는 상태 식별자가 있으나 청구항 {claim}에는 없습니다. (Original), (Currently amended) 등의 식별자를 추가하십시오.',
      zh: '权利要求{claim}没有状态标识，而权利要求列表中的其他权利要求有；请添加(Original)或(Currently amended)等标识。',
    },
};
