// Development zones (功能区) that firms register in but that are not GB/T 2260 counties:
// each is checked as the county that administers most of it (our general guidance; a
// firm registered elsewhere chooses its county). Portals add their own through the
// element's `zones` property.
export const ZONES = [
  { city: '410100', id: 'zhengdong', zh: '郑东新区', en: 'Zhengdong New District', county: '410105' },
  { city: '410100', id: 'zz-hitech', zh: '郑州高新区', en: 'Zhengzhou High-tech Zone', county: '410102' },
  { city: '410100', id: 'zz-etdz', zh: '郑州经开区', en: 'Zhengzhou Economic and Technological Development Zone', county: '410104' },
  { city: '410100', id: 'zz-airport', zh: '郑州航空港区', en: 'Zhengzhou Airport Economy Zone', county: '410184' },
  { city: '410700', id: 'xx-hitech', zh: '新乡高新区', en: 'Xinxiang High-tech Zone', county: '410702' },
  { city: '410700', id: 'xx-etdz', zh: '新乡经开区', en: 'Xinxiang Economic and Technological Development Zone', county: '410721' },
  { city: '410700', id: 'xx-pingyuan', zh: '平原示范区', en: 'Pingyuan Demonstration Zone', county: '410725' },
];
