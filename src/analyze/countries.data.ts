// Countries as data: ISO2 | ISO3 | ACLED name | aliases | demonyms | centroid lat | centroid lon.
// Centroids are population-weighted means of the gazetteer's places, good enough for country-level (precision 3) points.

/** One country per line; lists inside a field are separated by ";". */
export const COUNTRY_ROWS = `
AF|AFG|Afghanistan||Afghan|34.72|67.36
AL|ALB|Albania||Albanian|41.03|19.93
DZ|DZA|Algeria||Algerian|35.49|3.57
AO|AGO|Angola||Angolan|-10.64|14.98
AR|ARG|Argentina||Argentine;Argentinian|-32.26|-62.20
AM|ARM|Armenia||Armenian|40.30|44.66
AU|AUS|Australia||Australian|-31.91|143.78
AT|AUT|Austria||Austrian|47.69|14.20
AZ|AZE|Azerbaijan||Azerbaijani;Azeri|40.28|48.08
BH|BHR|Bahrain||Bahraini|26.18|50.57
BD|BGD|Bangladesh||Bangladeshi|23.76|90.18
BY|BLR|Belarus||Belarusian|53.56|27.82
BE|BEL|Belgium||Belgian|50.81|4.49
BJ|BEN|Benin||Beninese|7.94|2.27
BT|BTN|Bhutan||Bhutanese|27.25|90.14
BO|BOL|Bolivia||Bolivian|-17.62|-65.26
BA|BIH|Bosnia and Herzegovina|Bosnia|Bosnian|44.33|17.74
BW|BWA|Botswana|||-23.04|25.79
BR|BRA|Brazil||Brazilian|-17.07|-45.65
BG|BGR|Bulgaria||Bulgarian|42.78|25.16
BF|BFA|Burkina Faso||Burkinabe|12.26|-1.97
BI|BDI|Burundi||Burundian|-3.33|29.76
KH|KHM|Cambodia||Cambodian|12.11|104.54
CM|CMR|Cameroon||Cameroonian|5.87|11.54
CA|CAN|Canada||Canadian|47.31|-87.79
CF|CAF|Central African Republic|CAR|Central African|5.37|19.00
TD|TCD|Chad||Chadian|11.42|17.15
CL|CHL|Chile||Chilean|-34.80|-71.70
CN|CHN|China||Chinese|33.68|115.25
CO|COL|Colombia||Colombian|5.99|-74.91
CG|COG|Republic of Congo|Congo-Brazzaville;Congo Brazzaville|Congolese|-3.39|14.06
CD|COD|Democratic Republic of Congo|DRC;DR Congo;Democratic Republic of the Congo;Congo-Kinshasa||-4.02|22.22
CR|CRI|Costa Rica||Costa Rican|9.96|-84.19
CI|CIV|Ivory Coast|Cote d'Ivoire;Côte d'Ivoire|Ivorian|6.65|-5.12
HR|HRV|Croatia||Croatian|45.11|16.48
CU|CUB|Cuba||Cuban|21.91|-79.55
CW|CUW|Curacao|Curaçao||12.15|-68.97
CY|CYP|Cyprus||Cypriot|34.99|33.31
CZ|CZE|Czech Republic|Czechia|Czech|49.78|15.72
DK|DNK|Denmark||Danish|55.86|10.75
DJ|DJI|Djibouti||Djiboutian|11.56|42.95
DO|DOM|Dominican Republic||Dominican|18.90|-70.37
EC|ECU|Ecuador||Ecuadorian|-1.51|-79.42
EG|EGY|Egypt||Egyptian|29.49|31.37
SV|SLV|El Salvador||Salvadoran|13.70|-89.01
GQ|GNQ|Equatorial Guinea|||2.17|9.83
ER|ERI|Eritrea||Eritrean|15.15|39.07
EE|EST|Estonia||Estonian|58.92|25.68
SZ|SWZ|eSwatini|Eswatini;Swaziland||-26.51|31.41
ET|ETH|Ethiopia||Ethiopian|9.19|38.53
FI|FIN|Finland||Finnish|62.18|24.99
FR|FRA|France||French|47.07|2.54
GA|GAB|Gabon||Gabonese|-0.62|11.02
GM|GMB|Gambia|The Gambia|Gambian|13.43|-15.67
GE|GEO|Georgia||Georgian|42.09|43.21
DE|DEU|Germany||German|50.59|9.93
GH|GHA|Ghana||Ghanaian|6.56|-0.94
GR|GRC|Greece||Greek|38.80|23.26
GT|GTM|Guatemala||Guatemalan|14.86|-90.80
GN|GIN|Guinea||Guinean|9.95|-12.15
GW|GNB|Guinea-Bissau|||11.91|-15.34
GY|GUY|Guyana||Guyanese|6.46|-58.15
HT|HTI|Haiti||Haitian|18.91|-72.63
HN|HND|Honduras||Honduran|14.85|-87.49
HU|HUN|Hungary||Hungarian|47.29|19.59
IN|IND|India||Indian|21.70|79.13
ID|IDN|Indonesia||Indonesian|-4.86|110.36
IR|IRN|Iran||Iranian|34.03|51.52
IQ|IRQ|Iraq||Iraqi|33.59|44.75
IE|IRL|Ireland||Irish|53.17|-7.26
IL|ISR|Israel||Israeli|32.21|35.00
IT|ITA|Italy||Italian|43.11|12.00
JM|JAM|Jamaica||Jamaican|18.12|-77.18
JP|JPN|Japan||Japanese|35.63|136.90
JO|JOR|Jordan||Jordanian|31.95|35.91
KZ|KAZ|Kazakhstan||Kazakh;Kazakhstani|47.92|69.23
KE|KEN|Kenya||Kenyan|-0.75|36.79
XK|XKX|Kosovo||Kosovar|42.54|20.86
KW|KWT|Kuwait||Kuwaiti|29.20|48.05
KG|KGZ|Kyrgyzstan||Kyrgyz|41.71|73.97
LA|LAO|Laos||Lao;Laotian|18.08|103.75
LV|LVA|Latvia||Latvian|56.86|24.57
LB|LBN|Lebanon||Lebanese|33.80|35.58
LS|LSO|Lesotho|||-29.50|27.87
LR|LBR|Liberia||Liberian|6.40|-9.80
LY|LBY|Libya||Libyan|31.27|15.86
LT|LTU|Lithuania||Lithuanian|55.28|23.72
MG|MDG|Madagascar||Malagasy|-19.24|47.43
MW|MWI|Malawi||Malawian|-13.97|34.43
MY|MYS|Malaysia||Malaysian|3.89|104.33
ML|MLI|Mali||Malian|13.76|-5.97
MR|MRT|Mauritania||Mauritanian|18.08|-13.82
MX|MEX|Mexico||Mexican|20.52|-99.57
MD|MDA|Moldova||Moldovan|47.15|28.65
MN|MNG|Mongolia||Mongolian|47.57|102.63
ME|MNE|Montenegro||Montenegrin|42.56|19.16
MA|MAR|Morocco||Moroccan|33.32|-6.30
MZ|MOZ|Mozambique||Mozambican|-19.75|35.53
MM|MMR|Myanmar|Burma|Burmese|18.70|96.25
NA|NAM|Namibia||Namibian|-21.60|17.00
NP|NPL|Nepal||Nepali;Nepalese|27.63|84.65
NL|NLD|Netherlands|Holland|Dutch|52.07|5.40
NZ|NZL|New Zealand|||-40.15|173.66
NI|NIC|Nicaragua||Nicaraguan|12.49|-85.95
NE|NER|Niger||Nigerien|14.18|6.06
NG|NGA|Nigeria||Nigerian|8.54|7.09
KP|PRK|North Korea||North Korean|39.84|126.91
MK|MKD|North Macedonia|Macedonia|Macedonian|41.71|21.54
NO|NOR|Norway||Norwegian|61.69|10.23
OM|OMN|Oman||Omani|23.21|57.36
PK|PAK|Pakistan||Pakistani|30.30|71.27
PS|PSE|Palestine|Gaza Strip;West Bank;Palestinian Territories|Palestinian|31.90|35.04
PA|PAN|Panama||Panamanian|8.71|-80.51
PG|PNG|Papua New Guinea|||-6.49|147.00
PY|PRY|Paraguay||Paraguayan|-25.36|-56.74
PE|PER|Peru||Peruvian|-10.46|-76.10
PH|PHL|Philippines||Filipino;Philippine|11.93|122.64
PL|POL|Poland||Polish|51.55|19.29
PT|PRT|Portugal||Portuguese|39.57|-9.58
QA|QAT|Qatar||Qatari|25.39|51.41
RO|ROU|Romania||Romanian|45.80|25.18
RU|RUS|Russia|Russian Federation|Russian|53.50|56.55
RW|RWA|Rwanda||Rwandan|-2.02|29.79
SA|SAU|Saudi Arabia||Saudi|24.23|43.69
SN|SEN|Senegal||Senegalese|14.57|-16.17
RS|SRB|Serbia||Serbian|44.77|20.42
SL|SLE|Sierra Leone||Sierra Leonean|8.36|-11.92
SG|SGP|Singapore||Singaporean|1.32|103.84
SK|SVK|Slovakia||Slovak|48.69|19.16
SI|SVN|Slovenia||Slovenian|46.19|14.87
SO|SOM|Somalia|Somaliland;Puntland|Somali|4.98|45.32
ZA|ZAF|South Africa||South African|-28.63|26.93
KR|KOR|South Korea||South Korean|36.41|127.58
SS|SSD|South Sudan||South Sudanese|6.93|29.98
ES|ESP|Spain||Spanish|39.52|-3.50
LK|LKA|Sri Lanka||Sri Lankan|7.25|80.31
SD|SDN|Sudan||Sudanese|14.37|31.80
SR|SUR|Suriname|||5.70|-55.32
SE|SWE|Sweden||Swedish|58.87|15.37
CH|CHE|Switzerland||Swiss|47.03|8.04
SY|SYR|Syria|Syrian Arab Republic|Syrian|34.93|37.08
TW|TWN|Taiwan||Taiwanese|24.17|120.97
TJ|TJK|Tajikistan||Tajik|38.76|69.42
TZ|TZA|Tanzania||Tanzanian|-5.86|35.41
TH|THA|Thailand||Thai|14.09|101.07
TL|TLS|East Timor|Timor-Leste||-8.74|125.68
TG|TGO|Togo||Togolese|7.94|1.08
TT|TTO|Trinidad and Tobago|Trinidad||10.48|-61.39
TN|TUN|Tunisia||Tunisian|35.74|10.08
TR|TUR|Turkey|Turkiye;Türkiye|Turkish|39.16|33.85
TM|TKM|Turkmenistan||Turkmen|39.02|59.87
UG|UGA|Uganda||Ugandan|0.87|32.19
UA|UKR|Ukraine||Ukrainian|48.37|31.60
AE|ARE|United Arab Emirates|UAE;Emirates|Emirati|24.97|55.25
GB|GBR|United Kingdom|UK;Britain;Great Britain;England;Scotland;Wales|British|52.88|-1.82
US|USA|United States|US;USA;United States of America;America|American|38.06|-91.18
UY|URY|Uruguay||Uruguayan|-33.68|-56.23
UZ|UZB|Uzbekistan||Uzbek|40.52|67.59
VE|VEN|Venezuela||Venezuelan|9.74|-67.85
VN|VNM|Vietnam|Viet Nam|Vietnamese|15.61|106.55
YE|YEM|Yemen||Yemeni|14.72|44.91
ZM|ZMB|Zambia||Zambian|-13.56|28.27
ZW|ZWE|Zimbabwe||Zimbabwean|-18.63|30.35
BZ|BLZ|Belize||Belizean|17.41|-88.53
PR|PRI|Puerto Rico||Puerto Rican|18.26|-66.35
KM|COM|Comoros||Comorian|-11.99|43.91
CV|CPV|Cape Verde|Cabo Verde||15.76|-23.98
MU|MUS|Mauritius||Mauritian|-20.20|57.67
SC|SYC|Seychelles|||-4.65|55.48
FJ|FJI|Fiji||Fijian|-17.51|168.37
SB|SLB|Solomon Islands|||-9.09|159.77
IS|ISL|Iceland||Icelandic|64.48|-20.75
LU|LUX|Luxembourg|||49.64|6.09
MT|MLT|Malta||Maltese|35.91|14.44
EH|ESH|Western Sahara||Sahrawi|25.98|-14.14
`;
