/** Word lists for the data generator: Iraqi-looking place names, people, organizations and forces. */

/** Roots of place names (districts, subdistricts and towns), Arabic and Kurdish transliterations. */
export const PLACE_ROOTS = [
  'Rashidiya', 'Hamdaniya', 'Shura', 'Hammam', 'Zummar', 'Rabia', 'Bashiqa', 'Bartella', 'Namrud', 'Khazir',
  'Dibaga', 'Kandinawa', 'Qushtapa', 'Darashakran', 'Harir', 'Barzan', 'Mergasur', 'Sidakan', 'Choman', 'Rawanduz',
  'Taq Taq', 'Altun Kupri', 'Riyadh', 'Abbasi', 'Zab', 'Rashad', 'Laylan', 'Taza', 'Bashir', 'Amerli',
  'Sulaiman Bek', 'Yengija', 'Siniyah', 'Dour', 'Alam', 'Awja', 'Ishaqi', 'Dujail', 'Yathrib', 'Udhaim',
  'Saadiya', 'Qara Tapa', 'Mandali', 'Baladruz', 'Kanaan', 'Buhriz', 'Abu Saida', 'Hibhib', 'Wajihiya', 'Jurf al-Nasr',
  'Musayyib', 'Iskandariya', 'Mahmudiya', 'Yusufiya', 'Latifiya', 'Taji', 'Abu Ghraib', 'Nasr wa Salam', 'Karma', 'Saqlawiya',
  'Amiriya', 'Habbaniyah', 'Khalidiya', 'Hit', 'Baghdadi', 'Ana', 'Rawa', 'Husaybah', 'Akashat', 'Nukhaib',
  'Rahaliya', 'Ain al-Tamr', 'Hindiya', 'Kifl', 'Kufa', 'Manathira', 'Shamiya', 'Hamza', 'Daghara', 'Afak',
  'Suwaira', 'Aziziya', 'Numaniya', 'Hayy', 'Badra', 'Jassan', 'Ali al-Gharbi', 'Qalat Salih', 'Majar al-Kabir', 'Maimouna',
  'Kahla', 'Shatra', 'Rifai', 'Suq al-Shuyukh', 'Chibayish', 'Gharraf', 'Fuhud', 'Rumaytha', 'Khidr', 'Salman',
  'Zubair', 'Abu al-Khasib', 'Faw', 'Qurna', 'Shatt al-Arab', 'Umm Qasr', 'Safwan', 'Midaina', 'Halfaya', 'Penjwen',
  'Darbandikhan', 'Rania', 'Qaladze', 'Dukan', 'Sharbazher', 'Mawat', 'Said Sadiq', 'Khurmal', 'Biara', 'Akre',
  'Bardarash', 'Semel', 'Faida', 'Batifa', 'Deralok', 'Kani Masi', 'Darkar', 'Shekhan', 'Ain Sifni', 'Alqosh',
  'Wana', 'Badush', 'Hamam al-Alil', 'Tal Abta', 'Baaj', 'Qairawan', 'Sinuni', 'Gubba', 'Muhallabiya', 'Ayadiya',
  'Zawiya', 'Qarachogh', 'Hasan Sham', 'Mutaibija', 'Sulaiman Pak', 'Mushahada', 'Radwaniya', 'Sab al-Bour', 'Husseiniya', 'Nahrawan',
  'Jisr Diyala', 'Madain', 'Wahda', 'Khan Bani Saad', 'Abu Khamis', 'Qazaniya', 'Naft Khana', 'Mansouriya', 'Hadid', 'Imam Ways',
  'Sansal', 'Zaab', 'Multaqa', 'Rashidiyah', 'Shirqat', 'Jazeera', 'Tharthar', 'Hadhar', 'Jurn', 'Abbara',
  'Shakhab', 'Dulab', 'Tal Kayf', 'Tel Uskuf', 'Karamles', 'Bakhdida', 'Kalak', 'Kasnazan', 'Banaslawa', 'Pirmam',
  'Kawergosk', 'Bahirka', 'Qalat Dizah', 'Sangaw', 'Qadir Karam', 'Bawanur', 'Kifri', 'Jabbara', 'Sarqala', 'Pungala',
];

export const VILLAGE_PREFIXES = [
  'Tell', 'Kani', 'Qaryat', 'Umm', 'Abu', 'Ain', 'Bir', 'Jurf', 'Sheikh', 'Hajji', 'Mazraat', 'Kharab', 'Girdi', 'Deir',
  'Albu', 'Bani', 'Kafr', 'Sayid', 'Imam', 'Darband', 'Khirbat', 'Nahr', 'Jisr', 'Qasr',
];

export const VILLAGE_SUFFIXES = ['al-Sharqi', 'al-Gharbi', 'al-Shamali', 'al-Janoubi', 'al-Saghir', 'al-Kabir', 'al-Jadid', 'al-Qadim', 'Ulya', 'Sufla'];

export const FIRST_NAMES = [
  'Ahmed', 'Mohammed', 'Ali', 'Hussein', 'Hassan', 'Omar', 'Khalid', 'Karim', 'Kamal', 'Jamal', 'Hamid', 'Saad', 'Salah',
  'Adnan', 'Ibrahim', 'Ismail', 'Yousif', 'Abbas', 'Haidar', 'Mustafa', 'Falah', 'Qasim', 'Jabbar', 'Majid', 'Riyadh',
  'Nawzad', 'Hemin', 'Rebwar', 'Dilshad', 'Sherzad', 'Aram', 'Kawa', 'Shwan', 'Bakhtiyar', 'Azad', 'Hoshyar', 'Fuad',
  'Layla', 'Zainab', 'Fatima', 'Nadia', 'Shirin', 'Vian', 'Hana', 'Suha', 'Ban', 'Rana', 'Noor', 'Sara', 'Huda',
  'Tariq', 'Yasir', 'Nouri', 'Ayad', 'Sabah', 'Raad', 'Ghazi', 'Wathiq', 'Thamer', 'Laith', 'Muhannad', 'Saif',
];

export const LAST_NAMES = [
  'al-Jubouri', 'al-Obeidi', 'al-Dulaimi', 'al-Tamimi', 'al-Shammari', 'al-Zaidi', 'al-Maliki', 'al-Hashimi', 'al-Rubaie',
  'al-Saadi', 'al-Lami', 'al-Karbalai', 'al-Basri', 'al-Mosuli', 'al-Janabi', 'al-Azzawi', 'al-Khafaji', 'al-Fatlawi',
  'al-Asadi', 'al-Musawi', 'al-Husseini', 'al-Hakim', 'al-Amiri', 'al-Sudani', 'al-Issawi', 'al-Nujaifi', 'al-Samarrai',
  'al-Ani', 'al-Rawi', 'al-Hadithi', 'al-Qaisi', 'al-Bayati', 'al-Turkmani', 'Ahmed', 'Karim', 'Rashid', 'Mahmoud',
  'Hawrami', 'Talabani', 'Mustafa', 'Aziz', 'Abdullah', 'Qadir', 'Salih', 'Hamad', 'Bakr', 'Othman', 'Rasul', 'Nuri',
  'Sindi', 'Doski', 'Zebari', 'Barwari', 'Surchi', 'Jaff', 'Pishdari', 'Hamawandi', 'Shwani', 'Kakai', 'Yazidi',
];

export const ARMED_GROUP_HEADS = ['Saraya', "Kata'ib", 'Liwa', 'Ansar', 'Jaysh', 'Harakat', "Asa'ib", 'Firqat', 'Tanzim', 'Ahrar', 'Jabhat', 'Quwat'];
export const ARMED_GROUP_TAILS = [
  'al-Haq', 'al-Nasr', 'al-Sunna', 'al-Islam', 'al-Khorasani', 'Abu al-Fadl al-Abbas', 'Ashura', 'al-Jihad', 'al-Tawhid',
  'al-Mujahideen', 'al-Rafidain', 'al-Furqan', 'al-Salam', "al-Wa'd al-Sadiq", 'al-Imam Ali', 'al-Shuhada', 'al-Intisar',
  'al-Thar', 'al-Karama', 'Sayyid al-Shuhada', 'al-Awfiya', 'Rabiullah', 'Ashab al-Kahf', 'al-Muqawama', 'Hurras al-Din',
  'al-Zawra', 'al-Naqshbandiya', 'al-Tahrir', 'al-Qari\'a', 'Babiliyoun',
];

export const MEDIA_HEADS = [
  'Al-Rafidain', 'Baghdad', 'Kurdistan', 'Nineveh', 'Al-Iraqiya', 'Dijla', 'Al-Sumaria', 'NRT', 'Al-Forat', 'Al-Sharqiya',
  'Anbar', 'Basra', 'Erbil', 'Mesopotamia', 'Tigris', 'Euphrates', 'Zagros', 'Nawroz', 'Al-Mada', 'Al-Sabah', 'Al-Ahad',
  'Kirkuk', 'Diyala', 'Sulaimani', 'Duhok', 'Najaf', 'Karbala', 'Samarra', 'Al-Jazeera Iraq', 'Al-Ghad', 'Esta', 'Wasit',
];
export const MEDIA_TAILS = ['News', 'Times', 'TV', 'Post', 'Today', 'Radio', 'Daily', 'Network', 'Press', 'Observer', 'Herald', 'Agency', 'Satellite Channel', 'Monitor'];

export const MINISTRIES = [
  'Interior', 'Defense', 'Health', 'Migration and Displacement', 'Electricity', 'Oil', 'Water Resources', 'Justice',
  'Foreign Affairs', 'Education', 'Finance', 'Planning', 'Transport', 'Agriculture', 'Labour and Social Affairs',
  'Youth and Sports', 'Culture', 'Trade', 'Communications', 'Construction and Housing', 'Human Rights', 'Endowments',
];

export const AGENCY_KINDS = [
  'Operations Command', 'Intelligence Directorate', 'Counter-Terrorism Directorate', 'Civil Defense Directorate',
  'Health Directorate', 'Police Directorate', 'Border Directorate', 'Security Committee', 'Security Media Cell office',
  'Human Rights Commission office', 'Emergency Directorate', 'Investigation Court',
];

export const PARTY_HEADS = ['National', 'Democratic', 'Islamic', 'Patriotic', 'Progressive', 'Unity', 'Reform', 'Civil', 'Popular', 'Free'];
export const PARTY_TAILS = ['Alliance', 'Front', 'Movement', 'Coalition', 'Party', 'Bloc', 'Gathering', 'Current', 'List', 'Union'];

export const NGO_KINDS = ['Relief Society', 'Human Rights Observatory', 'Mine Action Organization', 'Women\'s Association', 'Civil Society Network', 'Refugee Council', 'Health Foundation', 'Reconstruction Fund', 'Monitoring Group', 'Peace Foundation'];

export const INTERNATIONAL = [
  'International Committee of the Red Cross', 'UNHCR', 'UNICEF', 'World Food Programme', 'International Organization for Migration',
  'Human Rights Watch', 'Amnesty International', 'European Union', 'NATO Mission Iraq', 'Arab League', 'Organisation of Islamic Cooperation',
  'Mines Advisory Group', 'Norwegian Refugee Council', 'Médecins Sans Frontières', 'World Health Organization', 'UNESCO',
  'UN Investigative Team (UNITAD)', 'Gulf Cooperation Council', 'World Bank', 'OCHA',
];

export const FOREIGN_GOVERNMENTS = [
  'Lebanon', 'Oman', 'Italy', 'Spain', 'Netherlands', 'Belgium', 'Sweden', 'Norway', 'Denmark', 'Finland', 'Japan', 'China',
  'Russia', 'Canada', 'Australia', 'India', 'Pakistan', 'Greece', 'Cyprus', 'Austria', 'Switzerland', 'Poland', 'Czech Republic',
  'Hungary', 'Romania', 'Azerbaijan', 'Armenia', 'Georgia', 'Tunisia', 'Algeria', 'Morocco', 'Libya', 'Sudan', 'Yemen',
  'Palestine', 'Malaysia', 'Indonesia', 'South Korea', 'Brazil', 'Mexico', 'Argentina', 'New Zealand', 'Ireland', 'Portugal',
];

export const OFFICE_TITLES = {
  government: ['Governor', 'Deputy Governor', 'Head of the Provincial Council', 'Mayor', 'District Commissioner', 'Spokesperson'],
  organization: ['Minister', 'Director', 'Spokesperson', 'Secretary-General', 'Head', 'Deputy Head', 'Leader', 'Chairman'],
  force: ['Commander', 'Deputy Commander', 'Chief of Staff', 'Spokesperson', 'Brigade Commander'],
} as const;

export const ORDINALS = ['1st', '2nd', '3rd', '4th', '5th', '6th', '7th', '8th', '9th', '10th', '11th', '12th', '14th', '15th', '16th', '17th', '18th', '19th', '20th', '21st', '23rd', '26th', '30th', '33rd', '35th', '37th', '40th', '44th', '50th', '51st', '52nd', '53rd', '55th', '56th', '59th', '70th', '80th'];
export const UNIT_KINDS = ['Brigade', 'Division', 'Regiment', 'Battalion', 'Operations Command', 'Task Force'];
